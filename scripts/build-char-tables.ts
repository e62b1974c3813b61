/**
 * Writes lib/matcher/generated/char-ranges.json: the Unicode facts behind the matcher's character
 * tables (word characters, letters, case folding) as ranges, from this Node's Unicode data. The
 * content script decodes them in well under a millisecond; deriving them in the page, code unit by
 * code unit, took 20–35 ms of every page load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../lib/matcher/generated/char-ranges.json');
const SIZE = 0x10000;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** [from, to) runs of the code units (surrogates left out) for which `test` holds, flattened. */
function runs(test: (ch: string) => boolean): number[] {
  const out: number[] = [];
  let from = -1;
  for (let c = 0; c <= SIZE; c++) {
    const inside = c < SIZE && !isSurrogate(c) && test(String.fromCharCode(c));
    if (inside && from < 0) from = c;
    if (!inside && from >= 0) {
      out.push(from, c);
      from = -1;
    }
  }
  return out;
}

/**
 * One-to-one lower-case foldings as [first, count, stride, delta] groups: Latin Extended alternates
 * capital and small letter (stride 2), Greek and Cyrillic blocks shift by a constant (stride 1).
 */
function foldGroups(): number[] {
  const pairs: Array<[number, number]> = [];
  for (let c = 0; c < SIZE; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower !== ch && lower.length === 1) pairs.push([c, lower.charCodeAt(0) - c]);
  }
  const out: number[] = [];
  for (let i = 0; i < pairs.length;) {
    const [first, delta] = pairs[i]!;
    const stride = i + 1 < pairs.length && pairs[i + 1]![1] === delta ? pairs[i + 1]![0] - first : 1;
    let count = 1;
    while (i + count < pairs.length && pairs[i + count]![1] === delta && pairs[i + count]![0] === first + count * stride) count++;
    out.push(first, count, stride, delta);
    i += count;
  }
  return out;
}

const word = /[\p{L}\p{N}\p{M}]/u;
const letter = /\p{L}/u;
const data = {
  unicode: process.versions.unicode,
  /** Letters, digits and combining marks. */
  word: runs((ch) => word.test(ch)),
  letter: runs((ch) => letter.test(ch)),
  /** Letters that change when lowercased (capitals): those with a one-to-one folding and these. */
  capitalsWithoutFolding: runs((ch) => letter.test(ch) && ch.toLowerCase() !== ch && ch.toLowerCase().length !== 1),
  fold: foldGroups(),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.log(`char tables: Unicode ${data.unicode}, ${data.word.length / 2} word runs, ${data.fold.length / 4} folding groups`);
