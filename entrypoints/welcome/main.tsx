import { mountPage } from '../../src/ui/mount';
import { Welcome } from '../../src/ui/welcome/Welcome';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';
import '../../src/ui/welcome/welcome.css';

mountPage(Welcome, 'welcomeTitle');
