import { readStored } from '../../src/storage/light-read';
import { mountPageWith } from '../../src/ui/mount';
import { Popup } from '../../src/ui/popup/Popup';
import { readEarly } from '../../src/ui/use-snapshot';
import '../../src/ui/theme.css';
import '../../src/ui/chart/chart.css';
import '../../src/ui/popup/popup.css';

mountPageWith(Popup, 'popupTitle', readEarly(readStored));
