/** Writes public/_locales/{en,de}/messages.json from lib/i18n/strings.ts (run before every build). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MESSAGES } from '../lib/i18n/strings';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [lang, table] of Object.entries(MESSAGES)) {
  const dir = join(ROOT, 'public/_locales', lang);
  mkdirSync(dir, { recursive: true });
  const json = Object.fromEntries(Object.entries(table).map(([key, message]) => [key, { message }]));
  writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`locales: ${Object.keys(MESSAGES).join(', ')}`);
