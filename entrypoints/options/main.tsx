import { render } from 'preact';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';

render(<Options />, document.getElementById('app') as HTMLElement);
