import { mountPage } from '../../src/ui/mount';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/theme.css';
import '../../src/ui/chart/chart.css';
import '../../src/ui/popup/popup.css';

mountPage(Popup, 'popupTitle');
