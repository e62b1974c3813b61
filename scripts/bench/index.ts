/**
 * `npm run bench [-- section …]`: prints each section's figures, with ratios against a baseline
 * measured in the same run. Sections: matcher, annotate, article, card, popup, kb, highlights.
 */
import { benchAnnotate } from './annotate';
import { benchArticle } from './article';
import { benchCard } from './card';
import { benchHighlights } from './highlights';
import { benchPopup } from './popup';
import { benchKb } from './kb';
import { benchMatcher } from './matcher';
import { QUICK } from './size';

const SECTIONS: Record<string, () => Promise<string[]>> = {
  matcher: benchMatcher,
  annotate: benchAnnotate,
  article: benchArticle,
  card: benchCard,
  popup: benchPopup,
  kb: benchKb,
  highlights: benchHighlights,
};

const wanted = process.argv.slice(2).filter((a) => a in SECTIONS);
if (QUICK) console.log('BENCH_QUICK: every section at a small size, to check that it runs; the figures mean nothing\n');
for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) {
  const lines = await SECTIONS[name]!();
  if (lines.length) console.log(lines.join('\n'));
  console.log();
}
