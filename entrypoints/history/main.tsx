import { History } from '../../src/ui/history/History';
import { readHistoryPage } from '../../src/ui/history/read';
import { mountPageWith } from '../../src/ui/mount';
import { readEarly } from '../../src/ui/use-snapshot';
import '../../src/ui/theme.css';
import '../../src/ui/chart/chart.css';
import '../../src/ui/history/history.css';

mountPageWith(History, 'historyTitle', readEarly(readHistoryPage));
