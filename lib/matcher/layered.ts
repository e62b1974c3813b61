/**
 * Several matchers as one: the built-in one (compiled at build time) and the one over the reader's
 * own entities (small, compiled when they change), with the reader's muted names left out. Where two
 * mentions overlap the longer wins, and on a tie the later layer (the reader's).
 */
import type { Lang } from '../kb/types';
import type { Mention } from './matcher';

/** What spotting needs of a matcher. */
export interface MentionFinder {
  findAll(text: string, pageLang?: Lang): Mention[];
}

export class LayeredFinder implements MentionFinder {
  constructor(
    private readonly layers: readonly MentionFinder[],
    /** Lower-case names the reader does not want marked; their declined forms go with them. */
    private readonly muted: ReadonlySet<string> = new Set(),
  ) {}

  findAll(text: string, pageLang?: Lang): Mention[] {
    const found =
      this.layers.length === 1 ? this.layers[0]!.findAll(text, pageLang) : merge(this.layers.map((l) => l.findAll(text, pageLang)));
    if (this.muted.size === 0) return found;
    return found.filter((m) => !isMuted(m.form.toLowerCase(), this.muted));
  }
}

/** The mentions of all layers, left to right, not overlapping. */
function merge(lists: Mention[][]): Mention[] {
  const all = lists.flatMap((list, layer) => list.map((m) => ({ m, layer })));
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || b.layer - a.layer);
  const out: Mention[] = [];
  for (const { m } of all) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
    // Overlapping: the longer one stays (it started later, so nothing before `last` overlaps it).
    else if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
  }
  return out;
}

/** "bayers", "bayer's", "bayer'" are forms of a muted "bayer". */
export function isMuted(text: string, muted: ReadonlySet<string>): boolean {
  if (muted.has(text)) return true;
  for (const suffix of ["'s", 's', "'", '’s', '’']) {
    if (text.endsWith(suffix) && muted.has(text.slice(0, -suffix.length))) return true;
  }
  return false;
}
