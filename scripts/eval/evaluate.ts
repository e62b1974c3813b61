/**
 * Spotting evaluation: runs the page pipeline (text blocks → matcher → context rules) on labelled
 * pages in a Node DOM and scores the marks against gold spans: a span-exact match with the right
 * type and entity is a true positive; a mark inside an ignored span (other organisations,
 * optional cases) counts neither way; every other mark is a false positive.
 */
import { Window } from 'happy-dom';
import type { Entity } from '../../lib/kb/types';
import { detectLang } from '../../lib/matcher/language';
import type { Matcher } from '../../lib/matcher/matcher';
import { spotBlocks } from '../../lib/matcher/spot';
import { foldForSearch } from '../../lib/kb/search';
import { collectTextBlocks, locateInBlock } from '../../lib/page/text-blocks';
import { visibleText, type VisibleText } from './visible-text';

export interface GoldSpan {
  start: number;
  end: number;
  /** company, country (also for adjectives and demonyms), or ignore (neither required nor penalised). */
  type: 'company' | 'country' | 'ignore';
  /** An entity id, or a name the entity must have. */
  entity?: string;
  /** For recall by kind: e.g. companies the knowledge base has, companies it lacks, countries. */
  group?: string;
}

export interface LabelledPage {
  id: string;
  html: string;
  /** Gold spans over the page's visible text, or a function that finds them in it. */
  gold: (visible: string) => GoldSpan[];
}

export interface PageScore {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  /** "text (entity)" of each false positive / negative, for the report. */
  falsePositives: string[];
  falseNegatives: string[];
  /** Per gold group: mentions found and missed. */
  groups: Record<string, { tp: number; fn: number }>;
  /** Marks of companies the text introduced (ids starting with "new:"): right and wrong ones. */
  introduced: { tp: number; fp: number };
}

export function parsePage(html: string): Document {
  const window = new Window({ url: 'https://www.handelsblatt.com/' });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The marks the extension would make, as spans of the visible text. */
export function spotPage(matcher: Matcher, doc: Document, visible: VisibleText) {
  const blocks = collectTextBlocks(doc.body);
  const lang = detectLang(
    doc.documentElement.getAttribute('lang'),
    blocks
      .slice(0, 50)
      .map((b) => b.text)
      .join(' '),
  );
  const spots = spotBlocks(
    matcher,
    blocks.map((b) => b.text),
    lang,
  );
  return spots.flatMap((list, b) =>
    list.map((s) => {
      const start = locateInBlock(blocks[b]!, s.start, false)!;
      const end = locateInBlock(blocks[b]!, s.end, true)!;
      return {
        start: visible.position(start.node, start.offset),
        end: visible.position(end.node, end.offset - 1) + 1,
        entityId: s.entityId,
        type: s.type,
      };
    }),
  );
}

export function scorePage(matcher: Matcher, page: LabelledPage, entities: ReadonlyMap<string, Entity>): PageScore {
  const doc = parsePage(page.html);
  const visible = visibleText(doc.body);
  const gold = page.gold(visible.text);
  const marks = spotPage(matcher, doc, visible);
  const score: PageScore = {
    id: page.id,
    tp: 0,
    fp: 0,
    fn: 0,
    falsePositives: [],
    falseNegatives: [],
    groups: {},
    introduced: { tp: 0, fp: 0 },
  };
  const group = (g: GoldSpan) => (g.group ? (score.groups[g.group] ??= { tp: 0, fn: 0 }) : undefined);
  const matched = new Set<GoldSpan>();
  const show = (start: number, end: number, note: string) => `«${visible.text.slice(start, end)}» (${note})`;
  for (const m of marks) {
    const exact = gold.find((g) => g.start === m.start && g.end === m.end && g.type !== 'ignore');
    // A company the text introduced (new:…) is right where the gold names a company the KB lacks.
    const introducedRight = m.entityId.startsWith('new:') && exact?.type === 'company' && exact.group === 'company, not in the KB';
    if (exact && exact.type === m.type && (introducedRight || sameEntity(exact.entity, entities.get(m.entityId)))) {
      score.tp++;
      if (m.entityId.startsWith('new:')) score.introduced.tp++;
      matched.add(exact);
      const grp = group(exact);
      if (grp) grp.tp++;
      continue;
    }
    if (gold.some((g) => g.type === 'ignore' && g.start <= m.start && m.end <= g.end)) continue;
    score.fp++;
    if (m.entityId.startsWith('new:')) score.introduced.fp++;
    score.falsePositives.push(show(m.start, m.end, `${m.type} ${m.entityId}${exact ? `, gold: ${exact.type} ${exact.entity}` : ''}`));
  }
  for (const g of gold) {
    if (g.type === 'ignore' || matched.has(g)) continue;
    score.fn++;
    const grp = group(g);
    if (grp) grp.fn++;
    score.falseNegatives.push(show(g.start, g.end, `${g.type} ${g.entity}`));
  }
  return score;
}

/** Whether the gold entity (an id or a name) is this entity. */
export function sameEntity(gold: string | undefined, entity: Entity | undefined): boolean {
  if (!gold || !entity) return !gold;
  if (gold === entity.id) return true;
  const g = foldForSearch(gold);
  const names = [entity.label.de, entity.label.en, ...entity.names.map((n) => n.text)].map(foldForSearch);
  return names.some((n) => n === g || g.startsWith(`${n} `));
}

export function totals(scores: readonly PageScore[]) {
  const tp = scores.reduce((a, s) => a + s.tp, 0);
  const fp = scores.reduce((a, s) => a + s.fp, 0);
  const fn = scores.reduce((a, s) => a + s.fn, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
