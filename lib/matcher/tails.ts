/**
 * Words looked up by their last three letters: a small integer key of three code units, so that most
 * words of a text are ruled out by one table lookup, with no slice of them, before they are compared
 * with the few words that end as they do. (An exact 48-bit key in a Set was boxed by V8 for every word.)
 */

/** The key of three code units; collisions only let a word through to the full comparison. */
export const tailKey = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 31) + b, 31) + c) & 0xffff;

/** The key of the last three code units of `word`. */
const keyOf = (word: string): number =>
  tailKey(word.charCodeAt(word.length - 3), word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1));

/** 1 at the key of every word's last three letters (words shorter than three are left out). */
export function tailTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) if (w.length >= 3) table[keyOf(w)] = 1;
  return table;
}

/** The words by the key of their last three letters (words shorter than three are left out). */
export function byTail(words: Iterable<string>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) if (w.length >= 3) map.set(keyOf(w), [...(map.get(keyOf(w)) ?? []), w]);
  return map;
}

/** Whether `word` ends with one of the words of `endings` (a byTail map). */
export function endsWithOneOf(word: string, endings: ReadonlyMap<number, readonly string[]>): boolean {
  if (word.length < 3) return false;
  const candidates = endings.get(keyOf(word));
  return !!candidates && candidates.some((e) => word.endsWith(e));
}
