/**
 * Instant name search over the whole knowledge base, held in memory by the background.
 *
 * Names are folded (lower case, no diacritics, ß → ss, punctuation as space), so "Turkei" finds
 * Türkei and "Nestle" Nestlé. Ranking: exact name, then name prefix, then a word inside the name
 * starting with the query, then typo matches (Damerau-Levenshtein distance 1, or 2 for long
 * queries) against the name or its prefix of the query's length.
 */
import type { Entity, SearchHit } from './types';

const SCORE_EXACT = 100;
const SCORE_PREFIX = 80;
const SCORE_WORD_PREFIX = 60;
const SCORE_TYPO = 40;
/** A typo hit loses this much per edit, so one edit always beats two. */
const TYPO_PENALTY = 10;
/** Country and canonical-name hits win ties: "China" the country before "China Mobile". */
const COUNTRY_BONUS = 2;

interface IndexedName {
  key: string;
  text: string;
  entity: Entity;
}

export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** Names of the index by a character code: of their first or second character, or of a later word's first. */
type Buckets = Map<number, number[]>;

function addTo(buckets: Buckets, code: number, name: number): void {
  const list = buckets.get(code);
  if (list) {
    if (list[list.length - 1] !== name) list.push(name);
  } else buckets.set(code, [name]);
}

export class SearchIndex {
  private readonly names: IndexedName[] = [];
  private readonly flags = new Map<string, string>();
  /**
   * With tens of thousands of companies a scan of every name costs more than a keystroke may: a
   * query looks only at names that could score. Exact, prefix and typed-prefix typo hits share the
   * first character; inner-word hits share a later word's first; a typo in the whole name keeps the
   * first character or the second, or drops or adds the first (two edits right at the start are missed).
   */
  private readonly byFirst: Buckets = new Map();
  private readonly bySecond: Buckets = new Map();
  private readonly byWord: Buckets = new Map();
  /** Per name, the query that visited it last: each name scored once per query. */
  private visited = new Uint32Array(0);
  private queries = 0;

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      if (entity.type === 'country' && entity.flag) this.flags.set(entity.id, entity.flag);
      const seen = new Set<string>();
      for (const text of [
        entity.label.de,
        entity.label.en,
        ...entity.names.filter((n) => n.kind !== 'adjective' && n.kind !== 'demonym').map((n) => n.text),
      ]) {
        const key = foldForSearch(text);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const at = this.names.push({ key, text, entity }) - 1;
        addTo(this.byFirst, key.charCodeAt(0), at);
        if (key.length > 1) addTo(this.bySecond, key.charCodeAt(1), at);
        for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1))
          if (i + 1 < key.length) addTo(this.byWord, key.charCodeAt(i + 1), at);
      }
    }
    this.visited = new Uint32Array(this.names.length);
  }

  /** The lists of the names a query can match (a name may be in several: see `visited`). */
  private candidateLists(q: string, typos: boolean): (readonly number[] | undefined)[] {
    const lists = [this.byFirst.get(q.charCodeAt(0)), this.byWord.get(q.charCodeAt(0))];
    // A typo in the first character, a first character dropped or one put before it.
    if (typos) lists.push(this.bySecond.get(q.charCodeAt(1)), this.bySecond.get(q.charCodeAt(0)), this.byFirst.get(q.charCodeAt(1)));
    return lists;
  }

  /** Ranked hits, one per entity; an empty query gives no hits. */
  search(query: string, limit = 20): SearchHit[] {
    const q = foldForSearch(query);
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    const maxEdits = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    const spaced = ` ${q}`;
    const round = ++this.queries;
    // Loops, not a generator: a query over "s" reads some ten thousand names, and a yield each cost a
    // third of the time.
    for (const list of this.candidateLists(q, maxEdits > 0)) {
      if (!list) continue;
      for (const at of list) {
        if (this.visited[at] === round) continue;
        this.visited[at] = round;
        const { key, text, entity } = this.names[at]!;
        let score = 0;
        if (key === q) score = SCORE_EXACT;
        else if (key.startsWith(q)) score = SCORE_PREFIX - Math.min(10, (key.length - q.length) / 4);
        else if (key.includes(spaced)) score = SCORE_WORD_PREFIX;
        else if (maxEdits > 0) {
          // A typo anywhere in the name (lengths close enough), or in the part typed so far, where
          // the first letter is taken as right: that keeps the distance work to a few hundred names.
          const whole = Math.abs(key.length - q.length) <= maxEdits ? boundedDistance(q, key, maxEdits) : Infinity;
          const typed =
            key.length > q.length && key.charCodeAt(0) === q.charCodeAt(0) ? boundedDistance(q, key, maxEdits, q.length) + 0.5 : Infinity;
          const d = Math.min(whole, typed);
          if (d <= maxEdits) score = SCORE_TYPO - d * TYPO_PENALTY;
        }
        if (score === 0) continue;
        if (entity.type === 'country') score += COUNTRY_BONUS;
        const prev = best.get(entity.id);
        if (!prev || prev.score < score) {
          best.set(entity.id, {
            id: entity.id,
            type: entity.type,
            label: entity.label,
            matched: text,
            flag: entity.flag,
            countryId: entity.countryId,
            countryFlag: entity.type === 'country' ? undefined : this.flags.get(entity.countryId ?? ''),
            score,
          });
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.label.de.length - b.label.de.length || a.label.de.localeCompare(b.label.de))
      .slice(0, limit);
  }
}

/** Rows of the distance table, reused across calls: no allocation per name. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance between `a` and the first `bLen` characters of `b`, giving up
 * (returning max + 1) as soon as a whole row exceeds `max`. With max ≤ 2 that is a few rows.
 */
export function boundedDistance(a: string, b: string, max: number, bLen = b.length): number {
  if (Math.abs(a.length - bLen) > max) return max + 1;
  if (rows[0]!.length <= bLen) rows = [new Int32Array(bLen * 2), new Int32Array(bLen * 2), new Int32Array(bLen * 2)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= bLen; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLen; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[bLen]!;
}
