/**
 * From raw dictionary hits to the mentions that get marked: organisations only block (they are the
 * longer match around a country name), ambiguous names need evidence (see context.ts).
 */
import type { Lang } from '../kb/types';
import { applyContext } from './context';
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
  const raw = blocks.map((text) => matcher.findAll(text, lang));
  const kept = applyContext(blocks, raw);
  return withIntroduced(
    blocks,
    kept.map((mentions, i) => markableSpots(blocks[i]!, mentions)),
    (b, start, end) => raw[b]!.find((m) => m.type === 'company' && m.start === start && m.end === end)?.entityId,
    lang,
  );
}

export function spotText(matcher: MentionFinder, text: string, lang?: Lang): Spot[] {
  return spotBlocks(matcher, [text], lang)[0]!;
}

/** The known entities' spots, and the companies the text introduces itself (see introduced.ts). */
function withIntroduced(
  blocks: readonly string[],
  known: Spot[][],
  knownAt: (block: number, start: number, end: number) => string | undefined,
  lang: Lang | undefined,
): Spot[][] {
  const { spots, replaced } = introducedCompanies(blocks, known, knownAt, lang);
  return known.map((list, i) => {
    if (!spots[i]!.length) return list;
    return [...list.filter((s) => !replaced.has(s)), ...spots[i]!].sort((a, b) => a.start - b.start);
  });
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
