import { render } from 'preact';
import { BreakPage } from '../../src/ui/break/BreakPage';
import '../../src/ui/theme.css';
import '../../src/ui/break/break.css';

render(<BreakPage />, document.getElementById('app') as HTMLElement);
