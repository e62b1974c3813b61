/**
 * Character tables for the matcher's hot loop. Lookups in typed arrays indexed by UTF-16 code unit
 * are several times faster than regular expressions or `toLowerCase()` per character.
 */

import charRanges from './generated/char-ranges.json';

const SIZE = 0x10000;

/** Characters that are invisible in rendered text and must not break a word or a name. */
const TRANSPARENT = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
/** Characters that render as a space. */
const SPACES = [0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0, 0x2007, 0x202f, 0x2009, 0x200a, 0x3000];
/** Typographic apostrophes, folded to ' so that "Siemens’" matches "Siemens'". */
const APOSTROPHES = [0x2019, 0x02bc, 0x2032];
/** Hyphens that are not U+002D: non-breaking and Unicode hyphens. */
const HYPHENS = [0x2010, 0x2011];

export const CHAR_SPACE = 0x20;
export const CHAR_HYPHEN = 0x2d;

/** Character class: 0 other, 1 word character (letter, digit, combining mark), 2 space, 3 transparent. */
export const CLASS_OTHER = 0;
export const CLASS_WORD = 1;
export const CLASS_SPACE = 2;
export const CLASS_TRANSPARENT = 3;

/** LETTER values (0 is not a letter): a letter, a capital (a letter with a lower-case form). */
export const SMALL_LETTER = 1;
export const CAPITAL_LETTER = 2;

/**
 * Builds the tables from the Unicode ranges generated at build time (scripts/build-char-tables.ts):
 * a content script builds them on every page load, and deriving them there code unit by code unit
 * took 20–35 ms.
 */
function buildTables(): { fold: Uint16Array; canon: Uint16Array; cls: Uint8Array; letter: Uint8Array } {
  const fold = new Uint16Array(SIZE);
  const canon = new Uint16Array(SIZE);
  const cls = new Uint8Array(SIZE);
  const letter = new Uint8Array(SIZE);
  for (let c = 0; c < SIZE; c++) fold[c] = canon[c] = c;
  const { word, letter: letters, capitalsWithoutFolding, fold: folds } = charRanges;
  for (let i = 0; i < word.length; i += 2) cls.fill(CLASS_WORD, word[i], word[i + 1]);
  // Surrogates are tested as halves: treat them as word characters (CJK extension B, emoji are rare in names).
  cls.fill(CLASS_WORD, 0xd800, 0xe000);
  for (let i = 0; i < letters.length; i += 2) letter.fill(SMALL_LETTER, letters[i], letters[i + 1]);
  for (let i = 0; i < capitalsWithoutFolding.length; i += 2)
    letter.fill(CAPITAL_LETTER, capitalsWithoutFolding[i], capitalsWithoutFolding[i + 1]);
  // Only one-to-one foldings are listed: "İ" lowercases to two code units and stays as it is.
  for (let i = 0; i < folds.length; i += 4) {
    const [first, count, stride, delta] = [folds[i]!, folds[i + 1]!, folds[i + 2]!, folds[i + 3]!];
    for (let k = 0, c = first; k < count; k++, c += stride) {
      fold[c] = c + delta;
      if (letter[c]) letter[c] = CAPITAL_LETTER;
    }
  }
  for (const c of SPACES) {
    cls[c] = CLASS_SPACE;
    fold[c] = canon[c] = CHAR_SPACE;
  }
  for (const c of TRANSPARENT) cls[c] = CLASS_TRANSPARENT;
  for (const c of APOSTROPHES) fold[c] = canon[c] = 0x27;
  for (const c of HYPHENS) fold[c] = canon[c] = CHAR_HYPHEN;
  return { fold, canon, cls, letter };
}

const tables = buildTables();
/** Case-folded, canonical form of a code unit: the key alphabet of the trie. */
export const FOLD = tables.fold;
/** Canonical form that keeps case: used to check case-sensitive names. */
export const CANON = tables.canon;
/** Character class of a code unit (CLASS_*). */
export const CLASS = tables.cls;
/**
 * CLASS and FOLD in one lookup for the matcher's word loop: a word character's folded form, -2 for a
 * transparent one, -1 for any other (one load per character instead of two).
 */
export const WORD_FOLD = Int32Array.from(tables.fold, (f, c) =>
  tables.cls[c] === CLASS_WORD ? f : tables.cls[c] === CLASS_TRANSPARENT ? -2 : -1,
);
/** Whether a code unit is a letter (\p{L}), and a capital: for the context rules' word tests. */
export const LETTER = tables.letter;

/** White space as JavaScript knows it: what \s matches and String.prototype.trim removes. */
export const isWhiteSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Scratch space for building keys: code units are written here and turned into a string once. */
let scratch = new Uint16Array(256);

function scratchString(n: number): string {
  let out = '';
  // In chunks: apply() takes its arguments on the stack.
  for (let at = 0; at < n; at += 4096)
    out += String.fromCharCode.apply(null, scratch.subarray(at, Math.min(n, at + 4096)) as unknown as number[]);
  return out;
}

/** Folds a dictionary name to trie key form: case-folded, one space between words. */
export function foldKey(name: string): string {
  if (scratch.length < name.length) scratch = new Uint16Array(name.length * 2);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const k = CLASS[c];
    if (k === CLASS_TRANSPARENT) continue;
    if (k === CLASS_SPACE) {
      if (!lastSpace) scratch[n++] = CHAR_SPACE;
      lastSpace = true;
      continue;
    }
    scratch[n++] = FOLD[c]!;
    lastSpace = false;
  }
  if (n > 0 && scratch[n - 1] === CHAR_SPACE) n--;
  const key = scratchString(n);
  // White space outside the space class (U+2028, U+3000 …) at the end goes too, as trimEnd() does.
  return n > 0 && isWhiteSpace(key.charCodeAt(n - 1)) ? key.trimEnd() : key;
}

/** The name as it should appear in text, with canonical spaces and apostrophes but case kept. */
export function canonName(name: string): string {
  if (scratch.length < name.length) scratch = new Uint16Array(name.length * 2);
  let n = 0;
  let changed = false;
  let lastSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (CLASS[c] === CLASS_TRANSPARENT) {
      changed = true;
      continue;
    }
    const d = CANON[c]!;
    if (d === CHAR_SPACE) {
      // Runs of spaces become one; none at either end.
      if (lastSpace || c !== d) changed = true;
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
      if (d !== c) changed = true;
    }
    scratch[n++] = d;
  }
  if (n > 0 && scratch[n - 1] === CHAR_SPACE) {
    n--;
    changed = true;
  }
  // Most names are already canonical: keep the string itself.
  const out = changed ? scratchString(n) : name;
  return out.length > 0 && (isWhiteSpace(out.charCodeAt(0)) || isWhiteSpace(out.charCodeAt(out.length - 1))) ? out.trim() : out;
}
