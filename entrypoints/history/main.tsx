import { History } from '../../src/ui/history/History';
import { mountPage } from '../../src/ui/mount';
import '../../src/ui/theme.css';
import '../../src/ui/chart/chart.css';
import '../../src/ui/history/history.css';

mountPage(History, 'historyTitle');
