/**
 * From raw dictionary hits to the mentions that get marked: organisations only block (they are the
 * longer match around a country name), ambiguous names need evidence (see context.ts).
 */
import type { Lang } from '../kb/types';
import { judgeBlock, resolveVerdicts, type Verdict } from './context';
import type { MentionFinder } from './layered';
import type { Mention } from './matcher';
import { introducedCompanies } from './introduced';
import { refineSpans } from './spans';

import type { MarkType, Spot } from './spot-types';

export type { MarkType, Spot } from './spot-types';

/**
 * Spots mentions in the text blocks of one page. Blocks are spotted together because evidence for an
 * ambiguous name ("Allianz") can come from another block ("Allianz SE" in the teaser).
 */
export function spotBlocks(matcher: MentionFinder, blocks: readonly string[], lang?: Lang): Spot[][] {
  const page = new PageSpotter(matcher, lang);
  page.add(blocks);
  return page.finish();
}

/**
 * A page spotted as it is read, part by part: each block is matched and judged on its own as it
 * comes (most of the work), and the page-wide evidence is weighed once all are in. `finish` gives
 * what spotBlocks gives for all the blocks; `provisional` what the blocks of one part tell alone.
 */
export class PageSpotter {
  private readonly blocks: string[] = [];
  private readonly raw: Mention[][] = [];
  private readonly verdicts: Verdict[][] = [];
  /**
   * What `provisional` kept of each block and the spots it made: a block whose hits the whole page
   * keeps as they were (the same list) keeps them at `finish`, not made again.
   */
  private readonly keptEarly: Mention[][] = [];
  private readonly spotsEarly: Spot[][] = [];

  constructor(
    private readonly matcher: MentionFinder,
    private readonly lang?: Lang,
  ) {}

  /** Blocks added so far. */
  get size(): number {
    return this.blocks.length;
  }

  /** Matches and judges the page's next blocks. */
  add(blocks: readonly string[]): void {
    for (const text of blocks) {
      const hits = this.matcher.findAll(text, this.lang);
      this.blocks.push(text);
      this.raw.push(hits);
      this.verdicts.push(judgeBlock(text, hits));
    }
  }

  /**
   * The spots of blocks [from, from + count) with only their own evidence: what the page's other
   * blocks add (a confirming name, a company the text introduces) comes with `finish`.
   */
  provisional(from: number, count: number): Spot[][] {
    const to = from + count;
    const blocks = this.blocks.slice(from, to);
    const kept = resolveVerdicts(this.raw.slice(from, to), this.verdicts.slice(from, to), blocks);
    return kept.map((mentions, i) => {
      const spots = markableSpots(blocks[i]!, mentions);
      this.keptEarly[from + i] = mentions;
      this.spotsEarly[from + i] = spots;
      return spots;
    });
  }

  /** What `provisional` answered for block `i` (undefined for a block it never saw). */
  provisionalAt(i: number): readonly Spot[] | undefined {
    return this.spotsEarly[i];
  }

  /** The spots of every block, with the evidence of the whole page. */
  finish(): Spot[][] {
    const { blocks, raw } = this;
    const kept = resolveVerdicts(raw, this.verdicts, blocks);
    const known = kept.map((mentions, i) => (mentions === this.keptEarly[i] ? this.spotsEarly[i]! : markableSpots(blocks[i]!, mentions)));
    const knownAt = (b: number, start: number, end: number) =>
      raw[b]!.find((m) => m.type === 'company' && m.start === start && m.end === end)?.entityId;
    const { spots, replaced } = introducedCompanies(blocks, known, knownAt, this.lang);
    return known.map((list, i) => {
      if (!spots[i]!.length) return list;
      return [...list.filter((s) => !replaced.has(s)), ...spots[i]!].sort((a, b) => a.start - b.start);
    });
  }
}

export function spotText(matcher: MentionFinder, text: string, lang?: Lang): Spot[] {
  return spotBlocks(matcher, [text], lang)[0]!;
}

/** The spots of a block's kept mentions, in one loop (most blocks have none): a filter and a map made two arrays per block. */
function markableSpots(text: string, mentions: readonly Mention[]): Spot[] {
  const out: Spot[] = [];
  if (mentions.length === 0) return out;
  for (const m of refineSpans(text, mentions)) if (isMarkable(m)) out.push(toSpot(m));
  return out;
}

function isMarkable(m: Mention): m is Mention & { type: MarkType } {
  return m.type !== 'organisation';
}

/** The mark leaves an English possessive out ("Germany" in "Germany's"), as CoNLL and OntoNotes do. */
function toSpot(m: Mention & { type: MarkType }): Spot {
  return { start: m.start, end: m.end - m.possessive, entityId: m.entityId, type: m.type };
}
