/**
 * `npm run bench -- annotate`: annotating a 1 MB news page in Chromium, against mark.js with the
 * same names and against a bare TreeWalker pass, in one run; the longest main-thread task.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuiltinData } from '../../lib/kb/builtin';
import { buildDictionary } from '../../lib/kb/dictionary';
import { passagePages, sharedPages } from '../eval/pages';
import { runInChromium } from './browser';
import type { Result } from './annotate-page';
import { median } from './stats';
import { sized } from './size';

const TARGET_BYTES = sized(1_000_000, 40_000);
/** Runs per marker: the spotting worker's code warms up over the first ones, as a background does over its first pages. */
const RUNS = 5;

/** A long article: the bodies of the labelled pages, repeated to about 1 MB of HTML. */
function longPage(): string {
  const bodies = [...sharedPages(), ...passagePages(() => 'company')].map((p) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(p.html)?.[1] ?? '');
  const one = bodies.join('\n').replace(/<script[\s\S]*?<\/script>/gi, '');
  const body = one.repeat(Math.ceil(TARGET_BYTES / one.length));
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Langer Artikel</title></head><body><article>${body}</article></body></html>`;
}

/** Each phase's median over the runs. */
function phases(runs: Result['oursPhases']): string {
  const names = Object.keys(runs[0] ?? {}) as (keyof Result['oursPhases'][number])[];
  return names.map((name) => `${name} ${median(runs.map((r) => r[name])).toFixed(0)} ms`).join(', ');
}

export async function benchAnnotate(): Promise<string[]> {
  const data = JSON.parse(readFileSync(resolve('lib/kb/generated/builtin.json'), 'utf8')) as BuiltinData;
  const entries = buildDictionary(data.entities);
  // gc() between runs: live Ranges left from one marker's run would slow the next one's DOM edits.
  const files = {
    '/spot-worker.js': { script: resolve('scripts/bench/spot-worker.ts') },
    '/matcher.bin': { bytes: readFileSync(resolve('lib/matcher/generated/matcher.bin')), contentType: 'application/octet-stream' },
  };
  const r = await runInChromium<Result>(
    resolve('scripts/bench/annotate-page.ts'),
    longPage(),
    { entries, runs: RUNS },
    ['--js-flags=--expose-gc'],
    files,
  );
  const walk = median(r.walkMs);
  const markjs = median(r.markjsMs);
  const ours = median(r.oursMs);
  const markjsFresh = median(r.markjsFreshMs);
  const oursFresh = median(r.oursFreshMs);
  const longest = (list: number[]) => (list.length ? `, longest ${Math.max(...list).toFixed(0)} ms` : '');
  return [
    `annotating a ${(r.bytes / 1e6).toFixed(2)} MB page in Chromium (median of ${RUNS}; each run starts on the laid-out page, as a content script at document_idle finds it, and ends when the frame showing the last marks is rendered)`,
    `  bare TreeWalker pass    ${walk.toFixed(0)} ms`,
    `  mark.js (markRegExp)    ${markjs.toFixed(0)} ms, ${r.markjsMarks} marks (one RegExp of the same names, no context rules, one synchronous pass)`,
    `  Querverweis             ${ours.toFixed(0)} ms, ${r.ourMarks} marks → ${(ours / markjs).toFixed(2)}× mark.js's time (goal ≤ 0.2×), ${(ours / walk).toFixed(0)}× the bare walk; runs ${r.oursMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    `  its phases              ${phases(r.oursPhases)} (read: the page read and sent in parts, each spotted in a worker standing in for the background and painted while the next is read; wait: for the last part's reply, which brings the page-wide evidence; paint: the last part's marks and the registry; frame: the browser's)`,
    `  of which the browser's  ${median(r.layoutMs).toFixed(0)} ms to paint our ${r.ourMarks} highlight ranges once (= ${(median(r.layoutMs) / markjs).toFixed(2)}× mark.js's time; no layout: ranges add no boxes)`,
    `  long tasks (> 50 ms)    ours: ${r.longTasks.length} in ${RUNS} runs${longest(r.longTasks)} (goal: none); mark.js: ${r.markjsLongTasks.length}${longest(r.markjsLongTasks)}`,
    `  longest rendering       ours: ${r.longestRender.ours.toFixed(0)} ms; mark.js: ${r.longestRender.markjs.toFixed(0)} ms (of one frame: style, layout and paint, which long tasks leave out)`,
    `  on a page not yet laid out: mark.js ${markjsFresh.toFixed(0)} ms, Querverweis ${oursFresh.toFixed(0)} ms → ${(oursFresh / markjsFresh).toFixed(2)}× (mark.js's one pass shares the page's first layout)`,
    `  the page's own edits    ${r.edits} text nodes rewritten: ${median(r.editMs.bare).toFixed(1)} ms unmarked, ${median(r.editMs.marked).toFixed(1)} ms with our ${r.ourMarks} live ranges (${(median(r.editMs.marked) / median(r.editMs.bare)).toFixed(1)}×: a live Range follows every edit of its document)`,
  ];
}
