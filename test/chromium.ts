/**
 * Debian's Chromium as the browser tests drive it (playwright-core, no browser downloads): where it
 * is, where screenshots go, and the flags both browser tests launch it with.
 */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots, kept as test artifacts (git ignores them). */
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;

/** The pages' host in the browser tests: ledger.test:<port>, which the flags below map to loopback. */
export const TEST_HOST = 'ledger.test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A host name that is not loopback, as a container's would be: browsers treat 127.0.0.1 as
  // secure and would hide a policy that upgrades plain-http requests to https.
  `--host-resolver-rules=MAP ${TEST_HOST} 127.0.0.1`,
];
