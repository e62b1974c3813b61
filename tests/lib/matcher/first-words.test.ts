import { describe, expect, it } from 'vitest';
import { WORD_FOLD } from '../../../lib/matcher/chars';
import {
  buildFirstWords,
  EMPTY,
  FIELDS,
  findFirstWord,
  HASH2_SEED,
  NO_NAME,
  slotMask,
  stepHash,
  stepHash2,
} from '../../../lib/matcher/first-words';
import { buildTrie } from '../../../lib/matcher/trie';

/** The slot of a folded word, as findAll looks it up; undefined when the table has none. */
function lookup(slots: Int32Array, word: string): Int32Array | undefined {
  let h = 0;
  let h2 = HASH2_SEED;
  for (const ch of word) {
    const v = WORD_FOLD[ch.charCodeAt(0)]!;
    h = stepHash(h, v);
    h2 = stepHash2(h2, v);
  }
  const at = findFirstWord(slots, slotMask(slots), h, h2);
  return at === NO_NAME ? undefined : slots.subarray(at, at + FIELDS);
}

describe('the first-word table', () => {
  const { trie } = buildTrie(['siemens', 'siemens energy', 'e.on', 'deutsche bank', 'japan']);
  const slots = buildFirstWords(trie);

  it('has the first word of every key, and no other word', () => {
    for (const word of ['siemens', 'e', 'deutsche', 'japan']) expect(lookup(slots, word), word).toBeDefined();
    for (const word of ['energy', 'bank', 'siem', 'siemensx', 'deutsch', 'on']) expect(lookup(slots, word), word).toBeUndefined();
    let used = 0;
    for (let at = 0; at < slots.length; at += FIELDS) if (slots[at + 2] !== EMPTY) used++;
    expect(used).toBe(4);
  });

  it('places the walk where the word ends: at the key’s node, or inside a label before its separator', () => {
    const terminal = (node: number) => trie.terminal[node]!;
    const japan = lookup(slots, 'japan')!;
    // At a node: the label read to its end, and the key "japan" ends there.
    expect(japan[3]).toBe(japan[4]);
    expect(terminal(japan[2]!)).toBeGreaterThanOrEqual(0);
    // "e" of "e.on": inside the label, the next character to read is the dot.
    const e = lookup(slots, 'e')!;
    expect(trie.labels[e[3]!]).toBe('.'.charCodeAt(0));
    // "deutsche" goes on with the space before "bank".
    const deutsche = lookup(slots, 'deutsche')!;
    expect(trie.labels[deutsche[3]!]).toBe(' '.charCodeAt(0));
  });
});
