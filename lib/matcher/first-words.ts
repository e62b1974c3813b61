/**
 * Where the trie walk stands after a key's first word, by the word's hash: a word of the text that a
 * name starts with goes straight to that place in the trie instead of walking it character by
 * character (the walks are most of the matcher's time, and most names are one word or start with a
 * common one). Made from the trie at compile time and shipped in the artefact (building it costs
 * some 40 ms, which a cold service worker would pay before its first page).
 *
 * Each slot holds two 32-bit hashes of the folded word (the word filters' and an FNV-1a one) and the
 * walk's state there: node, label position and label end (trie.ts). Two words with both hashes
 * equal would share a slot: such a slot says "walk" instead, and so does a miss the table cannot
 * rule out (see findAll). A hit is still checked letter by letter against the name's forms (pick).
 */
import { WORD_FOLD } from './chars';
import type { Trie } from './trie';

/** Numbers per slot. */
export const FIELDS = 5;
export const EMPTY = -1;
/** Two first words with the same hashes: the matcher walks the trie for them. */
export const AMBIGUOUS_SLOT = -2;

/** FIELDS numbers per slot: hash, second hash, node (or EMPTY, AMBIGUOUS_SLOT), label position, label end; a power of two of slots. */
export type FirstWordSlots = Int32Array;

/** Slots minus one: the mask of a slot index. */
export const slotMask = (slots: FirstWordSlots): number => (slots.length ? slots.length / FIELDS - 1 : -1);

/** The running hash of a word's folded characters, one step: the word filters' and this table's (inlined in findAll). */
export const stepHash = (h: number, v: number): number => (Math.imul(h, 31) + v) | 0;
/** The second hash, one step (FNV-1a). */
export const stepHash2 = (h: number, v: number): number => Math.imul(h ^ v, 0x01000193);
export const HASH2_SEED = 0x811c9dc5 | 0;
/** The slot a word's hash starts looking at. */
export const slotOf = (h: number, mask: number): number => (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0) & mask;

/** What findFirstWord says of a word no name starts with. */
export const NO_NAME = -2;
/** What findFirstWord says of a word that must walk the trie from its start (two first words share its hashes). */
export const WALK = -1;

/** The slot of a word's two hashes (the index of its first number), or NO_NAME, or WALK. */
export function findFirstWord(slots: FirstWordSlots, mask: number, h: number, h2: number): number {
  for (let s = slotOf(h, mask); ; s = (s + 1) & mask) {
    const at = s * FIELDS;
    const state = slots[at + 2]!;
    if (state === EMPTY) return NO_NAME;
    if (slots[at] === h && slots[at + 1] === h2) return state === AMBIGUOUS_SLOT ? WALK : at;
  }
}

/**
 * Every state the walk can be in right after a key's first word: at a node whose key ends there or
 * whose edges go on with a character that is not a word character, or inside a label at such a
 * character ("e" of "e.on").
 */
export function buildFirstWords(trie: Trie): FirstWordSlots {
  const found: Array<[number, number, number, number, number]> = [];
  const { firstEdge, edgeCount, edgeTarget, labelStart, labelLength, labels, terminal } = trie;
  const isWord = (c: number) => WORD_FOLD[c]! >= 0;
  // At a node, the first word read up to here (hashes h, h2), reached by an edge whose label ends at `end`.
  const atNode = (node: number, h: number, h2: number, end: number): void => {
    let goesOn = terminal[node]! >= 0;
    for (let e = firstEdge[node]!, last = e + edgeCount[node]!; e < last; e++) {
      if (isWord(labels[labelStart[e]!]!)) alongEdge(e, h, h2);
      else goesOn = true;
    }
    if (goesOn) found.push([h, h2, node, end, end]);
  };
  const alongEdge = (e: number, h: number, h2: number): void => {
    const start = labelStart[e]!;
    const end = start + labelLength[e]!;
    for (let p = start; p < end; p++) {
      const v = WORD_FOLD[labels[p]!]!;
      if (v < 0) {
        found.push([h, h2, edgeTarget[e]!, p, end]);
        return;
      }
      h = stepHash(h, v);
      h2 = stepHash2(h2, v);
    }
    atNode(edgeTarget[e]!, h, h2, end);
  };
  for (let e = firstEdge[0]!, last = e + edgeCount[0]!; e < last; e++) if (isWord(labels[labelStart[e]!]!)) alongEdge(e, 0, HASH2_SEED);
  let size = 1;
  while (size < found.length * 2) size <<= 1;
  const slots = new Int32Array(size * FIELDS);
  for (let s = 0; s < size; s++) slots[s * FIELDS + 2] = EMPTY;
  const mask = size - 1;
  for (const [h, h2, node, pos, end] of found) {
    let s = slotOf(h, mask);
    while (slots[s * FIELDS + 2] !== EMPTY && !(slots[s * FIELDS] === h && slots[s * FIELDS + 1] === h2)) s = (s + 1) & mask;
    const at = s * FIELDS;
    if (slots[at + 2] !== EMPTY) {
      slots[at + 2] = AMBIGUOUS_SLOT;
      continue;
    }
    slots[at] = h;
    slots[at + 1] = h2;
    slots[at + 2] = node;
    slots[at + 3] = pos;
    slots[at + 4] = end;
  }
  return slots;
}
