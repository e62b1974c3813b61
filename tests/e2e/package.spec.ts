/** The built packages carry the attributions (NOTICE) and the licence files of the open data they use. */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`the ${target} package carries NOTICE and the open datasets' licences`, () => {
    const out = `.output/${target}`;
    expect(readFileSync(`${out}/NOTICE.txt`, 'utf8')).toContain('name-suggestion-index');
    for (const file of [
      'nsi-wikidata/LICENSE-BSD-3-Clause.md',
      'financedatabase/LICENSE-MIT.txt',
      'index-constituents/LICENSE-Apache-2.0.txt',
    ])
      expect(existsSync(`${out}/licenses/${file}`), file).toBe(true);
  });
}
