import { installCommandsFake } from './fakes/commands';
import { installI18n } from './fakes/i18n';
import { installPermissionsFake } from './fakes/permissions';

beforeEach(() => {
  // Pages and the background speak through browser.i18n; tests read the real English messages.
  installI18n();
  installCommandsFake();
  installPermissionsFake();
});
