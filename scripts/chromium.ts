/** Where Chromium is, for the end-to-end tests and the benchmarks. */
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a quiet headless Chromium on a machine without network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) ' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}
