import { settingsItem } from '../../src/storage/items';
import { loadSettings } from '../../src/storage/parse';
import { mountPageWith } from '../../src/ui/mount';
import { Options } from '../../src/ui/options/Options';
import { readEarly, watchItems } from '../../src/ui/use-snapshot';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';

mountPageWith(Options, 'optionsTitle', readEarly(loadSettings, watchItems([settingsItem])));
