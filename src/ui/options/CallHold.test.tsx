// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { permissionsFake } from '../../../test/fakes/permissions';
import { WATCHED_ORIGINS } from '../../call-sites';
import { settingsItem } from '../../storage/items';
import { Options } from './Options';
import { click, descriptionOf, runBackground, storedSettings } from './test-helpers';

const LABEL = 'Hold nudges while a video call is open in this browser';
const REFUSED = 'Without access to the call sites HipCheck cannot see a call, so this stays off.';

async function callBox(): Promise<HTMLInputElement> {
  render(<Options />);
  return (await screen.findByRole('checkbox', { name: LABEL })) as HTMLInputElement;
}

/** As the page leaves it after a yes: stored on, the call sites granted. */
async function alreadyOn() {
  for (const origin of WATCHED_ORIGINS) permissionsFake().granted.add(origin);
  await settingsItem.setValue({ holdDuringCalls: true });
}

beforeEach(() => {
  fakeBrowser.reset();
  runBackground();
});
afterEach(cleanup);

describe('"Hold nudges while a video call is open" on the options page', () => {
  it('is off at first, names the sites and says only their addresses are looked at', async () => {
    const box = await callBox();
    expect(box.checked).toBe(false);
    expect(descriptionOf(box)).toBe(
      'For Google Meet, Zoom, Microsoft Teams, Webex, Jitsi Meet, and Whereby: turning this on asks for access to these sites, ' +
        'and HipCheck looks only at the addresses of their tabs, nothing else. Takes effect at once.',
    );
    expect(permissionsFake().requests).toEqual([]);
  });

  it('asks for the call sites within the click, and once granted saves it on without waiting for Save', async () => {
    const box = await callBox();
    click(box);
    // Asked before anything was awaited: the browser shows its prompt only while it handles the click.
    expect(permissionsFake().requests).toEqual([WATCHED_ORIGINS]);
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ holdDuringCalls: true }));
    await waitFor(() => expect(box.checked).toBe(true));
    expect(screen.queryByText('You have unsaved changes.')).toBeNull();
  });

  it('refused, stays off and says why, in a live region the box points at', async () => {
    permissionsFake().answer = false;
    const box = await callBox();
    click(box);
    const note = await screen.findByText(REFUSED);
    expect(note.getAttribute('role')).toBe('status');
    expect(box.checked).toBe(false);
    expect(descriptionOf(box)).toContain(REFUSED);
    expect(await storedSettings()).toMatchObject({ holdDuringCalls: false });
  });

  it('turned off, saves it off and gives the access back', async () => {
    await alreadyOn();
    const box = await callBox();
    await waitFor(() => expect(box.checked).toBe(true));
    click(box);
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ holdDuringCalls: false }));
    await waitFor(() => expect(permissionsFake().granted.size).toBe(0));
    expect(box.checked).toBe(false);
  });

  it('reads as off when stored on without access here (synced from another computer)', async () => {
    await settingsItem.setValue({ holdDuringCalls: true });
    const box = await callBox();
    await waitFor(() => expect(box.checked).toBe(false));
  });

  it('turns off on the page when the access is taken back in the browser', async () => {
    await alreadyOn();
    const box = await callBox();
    await waitFor(() => expect(box.checked).toBe(true));
    await permissionsFake().revoke([WATCHED_ORIGINS[0] as string]);
    await waitFor(() => expect(box.checked).toBe(false));
    expect(await storedSettings()).toMatchObject({ holdDuringCalls: false });
  });
});
