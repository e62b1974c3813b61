/**
 * Character tables for the matcher's hot loop. Lookups in typed arrays indexed by UTF-16 code unit
 * are several times faster than regular expressions or `toLowerCase()` per character.
 */

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

function buildTables(): { fold: Uint16Array; canon: Uint16Array; cls: Uint8Array } {
  const fold = new Uint16Array(SIZE);
  const canon = new Uint16Array(SIZE);
  const cls = new Uint8Array(SIZE);
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < SIZE; c++) {
    canon[c] = c;
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    // Only one-to-one foldings; "İ" lowercases to two code units and stays as it is.
    fold[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    // Surrogates are tested as halves: treat them as word characters (CJK extension B, emoji are rare in names).
    if (c >= 0xd800 && c <= 0xdfff) cls[c] = CLASS_WORD;
    else if (c >= 0x30 && word.test(ch)) cls[c] = CLASS_WORD;
  }
  for (const c of SPACES) {
    cls[c] = CLASS_SPACE;
    fold[c] = canon[c] = CHAR_SPACE;
  }
  for (const c of TRANSPARENT) cls[c] = CLASS_TRANSPARENT;
  for (const c of APOSTROPHES) fold[c] = canon[c] = 0x27;
  for (const c of HYPHENS) fold[c] = canon[c] = CHAR_HYPHEN;
  return { fold, canon, cls };
}

const tables = buildTables();
/** Case-folded, canonical form of a code unit: the key alphabet of the trie. */
export const FOLD = tables.fold;
/** Canonical form that keeps case: used to check case-sensitive names. */
export const CANON = tables.canon;
/** Character class of a code unit (CLASS_*). */
export const CLASS = tables.cls;

/** Folds a dictionary name to trie key form: case-folded, one space between words. */
export function foldKey(name: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const k = CLASS[c];
    if (k === CLASS_TRANSPARENT) continue;
    if (k === CLASS_SPACE) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
      continue;
    }
    out += String.fromCharCode(FOLD[c]!);
    lastSpace = false;
  }
  return out.trimEnd();
}

/** The name as it should appear in text, with canonical spaces and apostrophes but case kept. */
export function canonName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (CLASS[c] === CLASS_TRANSPARENT) continue;
    out += String.fromCharCode(CANON[c]!);
  }
  return out.replace(/ +/g, ' ').trim();
}
