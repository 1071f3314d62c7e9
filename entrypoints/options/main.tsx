import { mountPage } from '../../src/ui/mount';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';

mountPage(Options, 'optionsTitle');
