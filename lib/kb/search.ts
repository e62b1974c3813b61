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

export class SearchIndex {
  private readonly names: IndexedName[] = [];

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      const seen = new Set<string>();
      for (const text of [entity.label.de, entity.label.en, ...entity.names.filter((n) => n.kind !== 'adjective' && n.kind !== 'demonym').map((n) => n.text)]) {
        const key = foldForSearch(text);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        this.names.push({ key, text, entity });
      }
    }
  }

  /** Ranked hits, one per entity; an empty query gives no hits. */
  search(query: string, limit = 20): SearchHit[] {
    const q = foldForSearch(query);
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    const maxEdits = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    for (const { key, text, entity } of this.names) {
      let score = 0;
      if (key === q) score = SCORE_EXACT;
      else if (key.startsWith(q)) score = SCORE_PREFIX - Math.min(10, (key.length - q.length) / 4);
      else if (key.includes(` ${q}`)) score = SCORE_WORD_PREFIX;
      else if (maxEdits > 0) {
        // A typo anywhere in the name, or in the part of it typed so far.
        const whole = boundedDistance(q, key, maxEdits);
        const typed = key.length > q.length ? boundedDistance(q, key.slice(0, q.length), maxEdits) + 0.5 : Infinity;
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
          score,
        });
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.label.de.length - b.label.de.length || a.label.de.localeCompare(b.label.de))
      .slice(0, limit);
  }
}

/**
 * Optimal string alignment distance, giving up (returning max + 1) as soon as every cell of a row
 * exceeds `max`. With max ≤ 2 that is a handful of rows for most names.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
