/**
 * The dictionary matcher: finds every whole-word occurrence of a known surface form, longest first.
 *
 * It walks the trie from each word start, case-folded, treating any run of white space (including
 * no-break spaces) as one space and skipping soft hyphens and zero-width characters, so offsets
 * always refer to the original text. Case is checked afterwards, only on hits.
 * Context rules (ambiguous names, organisation names) are a separate stage: see context.ts.
 */
import type { DictionaryEntry, EntityType } from '../kb/types';
import {
  CHAR_SPACE,
  CLASS,
  CLASS_SPACE,
  CLASS_TRANSPARENT,
  CLASS_WORD,
  FOLD,
  canonName,
  foldKey,
} from './chars';
import { buildTrie, childOf, type Trie } from './trie';

/** A candidate mention in a text: [start, end) in UTF-16 offsets of the original string. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  kind: DictionaryEntry['kind'];
  ambiguous: boolean;
}

interface Candidate {
  /** The form with case, canonical spaces and apostrophes. */
  form: string;
  entry: DictionaryEntry;
}

/** The longest key is bounded; a walk never goes further than this many terminals deep. */
const MAX_TERMINALS = 16;

export class Matcher {
  private constructor(
    private readonly trie: Trie,
    /** Candidates per key index, in priority order. */
    private readonly candidates: Candidate[][],
  ) {}

  /** Compiles the dictionary. Entries with the same folded key keep their order as priority. */
  static compile(entries: readonly DictionaryEntry[]): Matcher {
    const byKey = new Map<string, Candidate[]>();
    for (const entry of entries) {
      const key = foldKey(entry.text);
      if (!key) continue;
      const list = byKey.get(key);
      const candidate = { form: canonName(entry.text), entry };
      if (list) list.push(candidate);
      else byKey.set(key, [candidate]);
    }
    const trie = buildTrie(byKey.keys());
    return new Matcher(
      trie,
      trie.keys.map((k) => byKey.get(k)!),
    );
  }

  /** Number of distinct keys, for benchmarks and tests. */
  get size(): number {
    return this.trie.keys.length;
  }

  /** All longest whole-word matches in `text`, left to right, not overlapping. */
  findAll(text: string): Mention[] {
    const out: Mention[] = [];
    const n = text.length;
    const trie = this.trie;
    const hitKey = new Int32Array(MAX_TERMINALS);
    const hitEnd = new Int32Array(MAX_TERMINALS);
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c];
      if (cls !== CLASS_WORD) {
        if (cls !== CLASS_TRANSPARENT) inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      let node = trie.root[FOLD[c]!]!;
      if (node < 0) continue;

      // Walk as far as the trie allows, remembering each terminal that ends at a word boundary.
      let hits = 0;
      let j = i + 1;
      for (;;) {
        const key = trie.terminal[node]!;
        if (key >= 0 && hits < MAX_TERMINALS && isBoundary(text, j)) {
          hitKey[hits] = key;
          hitEnd[hits++] = j;
        }
        if (j >= n) break;
        const d = text.charCodeAt(j);
        const k = CLASS[d];
        if (k === CLASS_TRANSPARENT) {
          j++;
          continue;
        }
        let next = j + 1;
        if (k === CLASS_SPACE) {
          while (next < n && (CLASS[text.charCodeAt(next)] === CLASS_SPACE || CLASS[text.charCodeAt(next)] === CLASS_TRANSPARENT)) next++;
        }
        node = childOf(trie, node, k === CLASS_SPACE ? CHAR_SPACE : FOLD[d]!);
        if (node < 0) break;
        j = next;
      }

      // Longest hit whose case fits wins.
      for (let h = hits - 1; h >= 0; h--) {
        const end = hitEnd[h]!;
        const entry = this.pick(hitKey[h]!, text.slice(i, end));
        if (!entry) continue;
        out.push({
          start: i,
          end,
          entityId: entry.entityId,
          type: entry.type,
          kind: entry.kind,
          ambiguous: entry.ambiguous === true,
        });
        i = end - 1;
        inWord = false;
        break;
      }
    }
    return out;
  }

  private pick(key: number, raw: string): DictionaryEntry | undefined {
    const seen = canonName(raw);
    for (const { form, entry } of this.candidates[key]!) {
      if (caseFits(seen, form, entry.matchCase === true)) return entry;
    }
    return undefined;
  }
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
  if (seen === form) return true;
  if (matchCase) return false;
  if (seen === upperFirst(form)) return true;
  if (seen === titleCase(form)) return true;
  // Capitals only for forms of four letters or more: shorter ones in capitals read as acronyms.
  return form.length >= 4 && seen === form.toUpperCase() && seen !== seen.toLowerCase();
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
