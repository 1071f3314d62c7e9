import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeEvent } from './event';

let onCommand = fakeEvent<[string]>();

/** fakeBrowser throws for commands; keyboard shortcuts are fired through this fake instead. */
export function installCommandsFake() {
  onCommand = fakeEvent<[string]>();
  Object.assign(fakeBrowser.commands, { onCommand });
}

export const fireCommand = (name: string) => onCommand.trigger(name);
