/**
 * The dictionary matcher: finds every whole-word occurrence of a known surface form, longest first.
 *
 * It walks the trie from each word start, case-folded, treating any run of white space (including
 * no-break spaces) as one space and skipping soft hyphens and zero-width characters, so offsets
 * always refer to the original text. Case is checked afterwards, only on hits.
 * Context rules (ambiguous names, organisation names) are a separate stage: see context.ts.
 */
import { isCompoundHead } from '../german/compounds';
import type { DictionaryEntry, EntityType, Lang } from '../kb/types';
import { CHAR_SPACE, CLASS, CLASS_SPACE, CLASS_TRANSPARENT, CLASS_WORD, FOLD, WORD_FOLD, canonName, foldKey } from './chars';
import { buildFirstWords, findFirstWord, HASH2_SEED, NO_NAME, slotMask, stepHash, WALK, type FirstWordSlots } from './first-words';
import { buildTrie, DENSE_RANGE, type Trie } from './trie';

/** A candidate mention in a text: [start, end) in UTF-16 offsets of the original string. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  kind: DictionaryEntry['kind'];
  /** The matched name's language, if it has one. */
  lang: Lang | undefined;
  /** Whether the name needs evidence on this page (ambiguous in general or in the page's language). */
  ambiguous: boolean;
  /** The name is of another language than the page ("Georgia" on a German page). */
  foreign: boolean;
  /** Ambiguous only in the page's language, where it is a common word ("Island" on an English page). */
  wordInPageLang: boolean;
  /** A closed compound whose first part is the name ("Japanexperte"). */
  compound: boolean;
  /** The dictionary form that matched, with its case: "deutsche" for a seen "Deutsche". */
  form: string;
  /** Code units at the end that are an English possessive ("'s", "’"), not part of the name. */
  possessive: number;
}

/**
 * A dictionary entry as the hot loop reads it: every field present, made by one constructor, so
 * that all candidates share one shape (dictionary entries leave optional fields out, and reading
 * fields of objects of many shapes costs a slow lookup at every hit).
 */
class Candidate {
  /** The form with case, canonical spaces and apostrophes. */
  readonly form: string;
  /** Every way the form may be written (see caseVariants), computed at the first hit. */
  variants: string[] | undefined = undefined;
  readonly entityId: string;
  readonly type: EntityType;
  readonly kind: DictionaryEntry['kind'];
  readonly lang: Lang | undefined;
  readonly matchCase: boolean;
  /** true: always needs evidence; a language: needs it on pages in that language. */
  readonly ambiguous: boolean | Lang;
  /** A country's name (not an adjective or acronym): it may start a closed compound. */
  readonly compoundable: boolean;
  /** Length of the English possessive the form ends with (0: none). */
  readonly possessive: number;

  constructor(entry: DictionaryEntry) {
    this.form = canonName(entry.text);
    this.entityId = entry.entityId;
    this.type = entry.type;
    this.kind = entry.kind;
    this.lang = entry.lang;
    this.matchCase = entry.matchCase === true;
    this.ambiguous = entry.ambiguous ?? false;
    this.compoundable = isCompoundable(entry);
    this.possessive = entry.possessive ? (entry.text.endsWith("'s") ? 2 : 1) : 0;
  }
}

/** The longest key is bounded; a walk never goes further than this many terminals deep. */
const MAX_TERMINALS = 16;
/**
 * One walk's hits: key, end of the mention and end of the name in it. Shared by all calls (findAll
 * never runs twice at once, and reads a slot only after writing it in the same walk): a page asks
 * once per text block, and three new arrays per block cost more than matching a short one.
 */
const HIT_KEY = new Int32Array(MAX_TERMINALS);
const HIT_END = new Int32Array(MAX_TERMINALS);
const HIT_NAME_END = new Int32Array(MAX_TERMINALS);

/**
 * What a matcher is made of: the trie over the folded keys, and per key the dictionary entries that
 * share it, in priority order. compile() makes them in memory; an artefact (artefact.ts) reads them
 * from a file built at build time, entries only when a key is first hit.
 */
export interface MatcherParts {
  trie: Trie;
  /** Per key: whether the name may start a closed compound (a country's name, not an adjective). */
  compoundable: Uint8Array;
  /** Word filters (see wordFilters): for words of the text that start with a capital letter… */
  firstWords: Uint32Array;
  leadWords: Uint32Array;
  wordPairs: Uint32Array;
  compoundWords: Uint32Array;
  /** …and for words that start in lower case or with a character without case. */
  lowerFirstWords: Uint32Array;
  lowerLeadWords: Uint32Array;
  lowerWordPairs: Uint32Array;
  lowerCompoundWords: Uint32Array;
  entriesOf(key: number): readonly DictionaryEntry[];
  /** Where the walk stands after each key's first word (first-words.ts); empty: every word walks from its start. */
  firstWordSlots: FirstWordSlots;
}

/** The word filters of MatcherParts. */
export type WordFilters = Pick<
  MatcherParts,
  | 'firstWords'
  | 'leadWords'
  | 'wordPairs'
  | 'compoundWords'
  | 'lowerFirstWords'
  | 'lowerLeadWords'
  | 'lowerWordPairs'
  | 'lowerCompoundWords'
>;

/**
 * Bit sets over hashes of words. A word of the text can start a mention only if it is the first word
 * of a key (firstWords), or it leads a key of several words (leadWords: "die" of "Die Mobiliar") and
 * the next word follows it there (wordPairs), or some prefix of it is a key that starts compounds
 * ("Japan" in "Japanexperte"). Most words of a text are none of these, and skipping them without a
 * walk through the trie (whose arrays are far larger than the processor's caches) is most of the
 * matcher's speed. The filters only ever let too much through, never too little: the walk decides.
 *
 * A word written in lower case can only be a form written in lower case: a form's case variants
 * only ever capitalise it (caseVariants). So words of the text that start in lower case, most of
 * them, are checked against filters of the keys with such a form (adjectives, a few names: "deutsche",
 * "eBay"), far sparser than the others: the function words that begin names ("die" of "Die Mobiliar",
 * "in" of the ticker "IN") no longer send a walk into the trie.
 */
const WORD_BITS = 1 << 22;
const WORD_SHIFT = 10;
const LOWER_WORD_BITS = 1 << 20;
const LOWER_WORD_SHIFT = 12;
const COMPOUND_BITS = 1 << 18;

/** A word filter's bit for a hash (mixed: the running hash's low bits are weak; inlined in findAll). */
const wordBit = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> WORD_SHIFT;
const lowerWordBit = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> LOWER_WORD_SHIFT;
const setBit = (set: Uint32Array, bit: number) => void (set[bit >>> 5]! |= 1 << (bit & 31));

export function wordFilters(keys: readonly string[], compoundable: Uint8Array, lowerForm: Uint8Array): WordFilters {
  const sets = {
    firstWords: new Uint32Array(WORD_BITS >>> 5),
    leadWords: new Uint32Array(WORD_BITS >>> 5),
    wordPairs: new Uint32Array(WORD_BITS >>> 5),
    compoundWords: new Uint32Array(COMPOUND_BITS >>> 5),
    lowerFirstWords: new Uint32Array(LOWER_WORD_BITS >>> 5),
    lowerLeadWords: new Uint32Array(LOWER_WORD_BITS >>> 5),
    lowerWordPairs: new Uint32Array(LOWER_WORD_BITS >>> 5),
    lowerCompoundWords: new Uint32Array(COMPOUND_BITS >>> 5),
  };
  keys.forEach((key, k) => {
    let h = 0;
    let end = 0;
    while (end < key.length && CLASS[key.charCodeAt(end)] === CLASS_WORD) h = stepHash(h, key.charCodeAt(end++));
    if (end === 0) return;
    const lower = lowerForm[k] === 1;
    if (compoundable[k] === 1 && end === key.length) {
      setBit(sets.compoundWords, h & (COMPOUND_BITS - 1));
      if (lower) setBit(sets.lowerCompoundWords, h & (COMPOUND_BITS - 1));
    }
    // A second word to check only where a space follows the first, and never for a name that may end
    // inside a closed compound (its last word is then longer in the text).
    let second = end + 1;
    let pair = stepHash(h, CHAR_SPACE);
    while (second < key.length && CLASS[key.charCodeAt(second)] === CLASS_WORD) pair = stepHash(pair, key.charCodeAt(second++));
    if (key.charCodeAt(end) !== CHAR_SPACE || second === end + 1 || compoundable[k] === 1) {
      setBit(sets.firstWords, wordBit(h));
      if (lower) setBit(sets.lowerFirstWords, lowerWordBit(h));
      return;
    }
    setBit(sets.leadWords, wordBit(h));
    setBit(sets.wordPairs, wordBit(pair));
    if (lower) {
      setBit(sets.lowerLeadWords, lowerWordBit(h));
      setBit(sets.lowerWordPairs, lowerWordBit(pair));
    }
  });
  return sets;
}

/** Whether a form starts in lower case or with a character without case ("deutsche", "eBay", "1&1"). */
export function startsLower(form: string): boolean {
  const c = canonName(form).charCodeAt(0);
  return FOLD[c] === c;
}

/** A country's name (not an adjective or acronym) may start a closed compound ("Japanexperte"). */
export function isCompoundable(entry: DictionaryEntry): boolean {
  return entry.type === 'country' && (entry.kind === 'canonical' || entry.kind === 'alias' || entry.kind === 'short');
}

/** The parts of a matcher over `entries`. Entries with the same folded key keep their order as priority. */
export function compileParts(entries: readonly DictionaryEntry[]): MatcherParts {
  const byKey = new Map<string, DictionaryEntry[]>();
  for (const entry of entries) {
    const key = foldKey(entry.text);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const { trie, keys } = buildTrie(byKey.keys());
  const lists = keys.map((k) => byKey.get(k)!);
  const compoundable = Uint8Array.from(lists, (list) => (list.some(isCompoundable) ? 1 : 0));
  const lowerForm = Uint8Array.from(lists, (list) => (list.some((e) => startsLower(e.text)) ? 1 : 0));
  return {
    trie,
    compoundable,
    ...wordFilters(keys, compoundable, lowerForm),
    entriesOf: (key) => lists[key]!,
    firstWordSlots: buildFirstWords(trie),
  };
}

export class Matcher {
  private readonly trie: Trie;
  private readonly compoundable: Uint8Array;
  /** Candidates per key index, made at the key's first hit. */
  private readonly candidates: Array<Candidate[] | undefined>;
  /** Whether a name written in lower case starts closed compounds (none in the built-in dictionary). */
  private readonly lowerCompounds: boolean;

  constructor(private readonly parts: MatcherParts) {
    this.trie = parts.trie;
    this.compoundable = parts.compoundable;
    this.lowerCompounds = parts.lowerCompoundWords.some((w) => w !== 0);
    this.candidates = new Array<Candidate[] | undefined>(parts.trie.keyCount);
  }

  /** Compiles the dictionary. Entries with the same folded key keep their order as priority. */
  static compile(entries: readonly DictionaryEntry[]): Matcher {
    return new Matcher(compileParts(entries));
  }

  /** Number of distinct keys, for benchmarks and tests. */
  get size(): number {
    return this.trie.keyCount;
  }

  /** Bytes of the trie's typed arrays (the candidates come on top), for the benchmark. */
  get byteSize(): number {
    const t = this.trie;
    return [
      t.root,
      t.denseAt,
      t.dense,
      t.firstEdge,
      t.edgeCount,
      t.terminal,
      t.edgeChar,
      t.edgeTarget,
      t.labelStart,
      t.labelLength,
      t.labels,
    ].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /**
   * All longest whole-word matches in `text`, left to right, not overlapping.
   * @param pageLang the page's language: it decides between names two entities share, and which
   *   language-bound ambiguous names need evidence.
   */
  findAll(text: string, pageLang?: Lang): Mention[] {
    // Imported tables and trie arrays in locals: module bindings cost a lookup per use in some
    // runtimes, and this loop reads them for every character.
    const CLS = CLASS;
    const FLD = FOLD;
    const WF = WORD_FOLD;
    const { root, terminal, firstEdge, edgeCount, edgeChar, edgeTarget, labelStart, labelLength, labels, denseAt, dense } = this.trie;
    const compoundable = this.compoundable;
    const { firstWords, leadWords, wordPairs, compoundWords } = this.parts;
    const { lowerFirstWords, lowerLeadWords, lowerWordPairs, lowerCompoundWords } = this.parts;
    const lowerCompounds = this.lowerCompounds;
    const firstSlots = this.parts.firstWordSlots;
    const firstMask = slotMask(firstSlots);
    const out: Mention[] = [];
    const n = text.length;
    const hitKey = HIT_KEY;
    const hitEnd = HIT_END;
    const hitNameEnd = HIT_NAME_END;
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = CLS[c];
      if (cls !== CLASS_WORD) {
        if (cls !== CLASS_TRANSPARENT) inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      // The word's hash, and whether a prefix of it is a compound-starting key: if no word filter
      // knows it, no key starts here, and the scan goes on after the word.
      const lower = FLD[c] === c;
      let h = 0;
      let compoundPrefix = 0;
      let e = i;
      if (lower && !lowerCompounds) {
        for (; e < n; e++) {
          const v = WF[text.charCodeAt(e)]!;
          if (v >= 0) h = (Math.imul(h, 31) + v) | 0;
          else if (v === -1) break;
        }
      } else {
        const compounds = lower ? lowerCompoundWords : compoundWords;
        for (; e < n; e++) {
          const v = WF[text.charCodeAt(e)]!;
          if (v >= 0) {
            h = (Math.imul(h, 31) + v) | 0;
            const b = h & (COMPOUND_BITS - 1);
            compoundPrefix |= compounds[b >>> 5]! & (1 << (b & 31));
          } else if (v === -1) break;
        }
      }
      const shift = lower ? LOWER_WORD_SHIFT : WORD_SHIFT;
      const f = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> shift;
      if (compoundPrefix === 0 && ((lower ? lowerFirstWords : firstWords)[f >>> 5]! & (1 << (f & 31))) === 0) {
        let known = false;
        if (((lower ? lowerLeadWords : leadWords)[f >>> 5]! & (1 << (f & 31))) !== 0 && e < n && CLS[text.charCodeAt(e)] === CLASS_SPACE) {
          // The next word, after one space as the keys have it (a run of spaces reads as one).
          let p = e + 1;
          while (p < n && (CLS[text.charCodeAt(p)] === CLASS_SPACE || CLS[text.charCodeAt(p)] === CLASS_TRANSPARENT)) p++;
          let pair = (Math.imul(h, 31) + CHAR_SPACE) | 0;
          for (; p < n; p++) {
            const ch = text.charCodeAt(p);
            const k = CLS[ch];
            if (k === CLASS_WORD) pair = (Math.imul(pair, 31) + FLD[ch]!) | 0;
            else if (k !== CLASS_TRANSPARENT) break;
          }
          const g = Math.imul(pair ^ (pair >>> 15), 0x2c1b3c6d) >>> shift;
          known = ((lower ? lowerWordPairs : wordPairs)[g >>> 5]! & (1 << (g & 31))) !== 0;
        }
        if (!known) {
          i = e - 1;
          continue;
        }
      }
      // Walk as far as the trie allows, remembering each terminal that ends at a word boundary
      // (or starts a closed compound such as "Japanexperte"). The walk is on an edge's label until
      // pos reaches labelEnd, then at the node the edge leads to.
      let node: number;
      let pos: number;
      let labelEnd: number;
      let j: number;
      // Where the first word ends inside the walk: the characters before it need no second look.
      let wordEnd: number;
      // A word with no compound in it starts where the first-word table says (first-words.ts).
      let slot = WALK;
      if (compoundPrefix === 0 && firstMask >= 0) {
        let h2 = HASH2_SEED;
        let odd = false;
        for (let q = i; q < e; q++) {
          const v = WF[text.charCodeAt(q)]!;
          if (v >= 0) h2 = Math.imul(h2 ^ v, 0x01000193);
          // A word character that folds to an apostrophe (ʼ), which the trie reads as a separator.
          if (v === 0x27) odd = true;
        }
        if (!odd) slot = findFirstWord(firstSlots, firstMask, h, h2);
      }
      if (slot === NO_NAME) {
        i = e - 1;
        continue;
      }
      if (slot >= 0) {
        node = firstSlots[slot + 2]!;
        pos = firstSlots[slot + 3]!;
        labelEnd = firstSlots[slot + 4]!;
        j = e;
        wordEnd = e;
      } else {
        const first = root[FLD[c]!]!;
        if (first < 0) continue;
        node = edgeTarget[first]!;
        pos = labelStart[first]! + 1;
        labelEnd = labelStart[first]! + labelLength[first]!;
        j = i + 1;
        wordEnd = n;
      }
      let hits = 0;
      for (;;) {
        const key = pos === labelEnd ? terminal[node]! : -1;
        if (key >= 0 && hits < MAX_TERMINALS) {
          if (isBoundary(text, j)) {
            hitKey[hits] = key;
            hitNameEnd[hits] = j;
            hitEnd[hits++] = j;
          } else if (compoundable[key] === 1) {
            const compoundAt = compoundEnd(text, j);
            if (compoundAt > 0) {
              hitKey[hits] = key;
              hitNameEnd[hits] = j;
              hitEnd[hits++] = compoundAt;
            }
          }
        }
        if (j >= n) break;
        const d = text.charCodeAt(j);
        const k = CLS[d];
        if (k === CLASS_TRANSPARENT) {
          j++;
          continue;
        }
        if (k !== CLASS_WORD && j < wordEnd) wordEnd = j;
        let next = j + 1;
        if (k === CLASS_SPACE) {
          while (next < n && (CLS[text.charCodeAt(next)] === CLASS_SPACE || CLS[text.charCodeAt(next)] === CLASS_TRANSPARENT)) next++;
        }
        const want = k === CLASS_SPACE ? CHAR_SPACE : FLD[d]!;
        if (pos < labelEnd) {
          // Inside a label: one character to compare.
          if (labels[pos] !== want) break;
          pos++;
          j = next;
          continue;
        }
        // At a node: the edge starting with this character, from a direct table for wide nodes, a
        // short scan for narrow ones (most have one to three edges), bisection between.
        const at = denseAt[node]!;
        let lo = firstEdge[node]!;
        let hi = lo + edgeCount[node]! - 1;
        let edge = -1;
        if (at >= 0 && want < DENSE_RANGE) {
          edge = dense[at + want]!;
        } else if (hi - lo < 8) {
          for (; lo <= hi; lo++) {
            if (edgeChar[lo] === want) {
              edge = lo;
              break;
            }
          }
        } else {
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const e = edgeChar[mid]!;
            if (e === want) {
              edge = mid;
              break;
            }
            if (e < want) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (edge < 0) break;
        node = edgeTarget[edge]!;
        pos = labelStart[edge]! + 1;
        labelEnd = labelStart[edge]! + labelLength[edge]!;
        j = next;
      }

      // No hit: go on after the part of this word the walk has read (still inside the word).
      if (hits === 0) {
        i = Math.min(j, wordEnd) - 1;
        continue;
      }
      // The longest hit whose case fits wins; a compound hit ends further right than its name.
      let best = -1;
      for (let h = 0; h < hits; h++) if (best < 0 || hitEnd[h]! >= hitEnd[best]!) best = h;
      for (let tries = 0; tries < hits && best >= 0; tries++) {
        const end = hitEnd[best]!;
        const compound = end !== hitNameEnd[best];
        const picked = this.pick(hitKey[best]!, text, i, hitNameEnd[best]!, pageLang, compound);
        if (picked) {
          const { ambiguous, lang } = picked;
          // Every field set, in the same order: one object shape for all mentions.
          out.push({
            start: i,
            end,
            entityId: picked.entityId,
            type: picked.type,
            kind: picked.kind,
            lang,
            ambiguous: ambiguous === true || ambiguous === pageLang,
            foreign: lang !== undefined && pageLang !== undefined && lang !== pageLang,
            wordInPageLang: typeof ambiguous === 'string' && ambiguous === pageLang,
            compound,
            form: picked.form,
            // A closed compound goes on past the form: no possessive to leave out then.
            possessive: compound ? 0 : picked.possessive,
          });
          i = end - 1;
          inWord = false;
          break;
        }
        // Next shorter hit.
        let next = -1;
        for (let h = 0; h < hits; h++) if (hitEnd[h]! < end && (next < 0 || hitEnd[h]! > hitEnd[next]!)) next = h;
        best = next;
      }
    }
    return out;
  }

  /**
   * The entry for a hit: the first candidate whose case fits, preferring one in the page's language
   * (or of no language) over one in another language.
   */
  private pick(
    key: number,
    text: string,
    start: number,
    end: number,
    pageLang: Lang | undefined,
    compound: boolean,
  ): Candidate | undefined {
    const candidates = (this.candidates[key] ??= this.parts.entriesOf(key).map((e) => new Candidate(e)));
    let fallback: Candidate | undefined;
    // Most hits are written exactly like a variant: compare in place, without a copy of the text.
    for (const candidate of candidates) {
      if (compound && !candidate.compoundable) continue;
      candidate.variants ??= caseVariants(candidate.form, candidate.matchCase);
      if (!writtenAs(text, start, end, candidate.variants)) continue;
      const lang = candidate.lang;
      if (!lang || !pageLang || lang === pageLang) return candidate;
      fallback ??= candidate;
    }
    if (fallback) return fallback;
    // Text with no-break spaces, soft hyphens or typographic apostrophes: compare its canonical form.
    const raw = text.slice(start, end);
    const canon = canonName(raw);
    if (canon === raw) return undefined;
    for (const candidate of candidates) {
      if (compound && !candidate.compoundable) continue;
      candidate.variants ??= caseVariants(candidate.form, candidate.matchCase);
      if (!candidate.variants.includes(canon)) continue;
      const lang = candidate.lang;
      if (!lang || !pageLang || lang === pageLang) return candidate;
      fallback ??= candidate;
    }
    return fallback;
  }
}

/** Whether text[start, end) is one of the variants, compared in place. */
function writtenAs(text: string, start: number, end: number, variants: readonly string[]): boolean {
  const len = end - start;
  outer: for (let v = 0; v < variants.length; v++) {
    const variant = variants[v]!;
    if (variant.length !== len) continue;
    for (let k = 0; k < len; k++) if (variant.charCodeAt(k) !== text.charCodeAt(start + k)) continue outer;
    return true;
  }
  return false;
}

/**
 * If the word goes on in lower case from `j` with a known compound head ("experte" after "Japan"),
 * the end of the word; otherwise 0.
 */
function compoundEnd(text: string, j: number): number {
  const first = text.charCodeAt(j);
  if (FOLD[first] !== first || CLASS[first] !== CLASS_WORD) return 0;
  let e = j;
  let rest = '';
  while (e < text.length) {
    const c = text.charCodeAt(e);
    const k = CLASS[c];
    if (k === CLASS_TRANSPARENT) {
      e++;
      continue;
    }
    if (k !== CLASS_WORD) break;
    rest += String.fromCharCode(FOLD[c]!);
    e++;
    if (rest.length > 24) return 0;
  }
  return isCompoundHead(rest) ? e : 0;
}

/** True when position `j` ends a word: end of text or a non-word character (soft hyphens skipped). */
function isBoundary(text: string, j: number): boolean {
  while (j < text.length) {
    const k = CLASS[text.charCodeAt(j)];
    if (k === CLASS_TRANSPARENT) {
      j++;
      continue;
    }
    return k !== CLASS_WORD;
  }
  return true;
}

/**
 * Whether text `seen` may stand for dictionary form `form`. Case-sensitive forms (acronyms,
 * tickers) must match exactly. Other forms match as written, capitalised at a sentence start
 * ("Japanische"), in English headline case ("Bank Of Japan"), or in a headline set in capitals.
 */
export function caseFits(seen: string, form: string, matchCase: boolean): boolean {
  return caseVariants(form, matchCase).includes(seen);
}

/** The ways a form may be written: as is, capitalised, in title case, in capitals. */
function caseVariants(form: string, matchCase: boolean): string[] {
  if (matchCase) return [form];
  const variants = new Set([form, upperFirst(form), titleCase(form)]);
  // Capitals only for forms of four letters or more: shorter ones in capitals read as acronyms.
  const upper = form.toUpperCase();
  if (form.length >= 4 && upper !== form.toLowerCase()) variants.add(upper);
  return [...variants];
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
