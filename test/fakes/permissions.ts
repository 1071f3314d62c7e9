import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { underOrigin } from '../../src/core/calls';
import { fakeEvent } from './event';

type Permissions = Browser.permissions.Permissions;
type QueryInfo = Parameters<typeof fakeBrowser.tabs.query>[0];

const fakeQuery = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);

let current: ReturnType<typeof installPermissionsFake> | undefined;
/** The fake test/setup.ts installed for this test. */
export const permissionsFake = () => current as ReturnType<typeof installPermissionsFake>;

/**
 * fakeBrowser has no permissions API, and its tabs.query compares `url` as one exact string. This
 * fake keeps the host permissions granted, answers requests as `answer` says (the person's choice in
 * the prompt), and queries tabs by match patterns as the browser does: only tabs on hosts HipCheck
 * has been granted, with their addresses.
 */
export function installPermissionsFake() {
  const onAdded = fakeEvent<[Permissions]>();
  const onRemoved = fakeEvent<[Permissions]>();
  const fake = {
    granted: new Set<string>(),
    /** What the person answers the next prompts. */
    answer: true,
    /** The origins of each request, in order. */
    requests: [] as string[][],
    /** Taken back outside HipCheck (the browser's own settings), with the event the browser sends. */
    async revoke(origins: string[]) {
      for (const origin of origins) fake.granted.delete(origin);
      await onRemoved.trigger({ origins });
    },
  };
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: Permissions) => origins.every((origin) => fake.granted.has(origin)),
    getAll: async () => ({ origins: [...fake.granted], permissions: [] }),
    request: async ({ origins = [] }: Permissions) => {
      fake.requests.push(origins);
      if (!fake.answer) return false;
      for (const origin of origins) fake.granted.add(origin);
      await onAdded.trigger({ origins });
      return true;
    },
    remove: async ({ origins = [] }: Permissions) => {
      for (const origin of origins) fake.granted.delete(origin);
      await onRemoved.trigger({ origins });
      return true;
    },
    onAdded,
    onRemoved,
  });
  Object.assign(fakeBrowser.tabs, {
    query: async (info: QueryInfo) => {
      if (info.url === undefined) return fakeQuery(info);
      const patterns = ([] as string[]).concat(info.url);
      const visible = (url: URL) => [...fake.granted].some((origin) => underOrigin(origin, url));
      return (await fakeQuery({ ...info, url: undefined })).filter((tab) => {
        const url = tab.url ? new URL(tab.url) : null;
        return url !== null && visible(url) && patterns.some((pattern) => underOrigin(pattern, url));
      });
    },
  });
  current = fake;
  return fake;
}
