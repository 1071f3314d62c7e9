import { BreakPage } from '../../src/ui/break/BreakPage';
import { mountPage } from '../../src/ui/mount';
import '../../src/ui/theme.css';
import '../../src/ui/break/break.css';

mountPage(BreakPage, 'breakTitle');
