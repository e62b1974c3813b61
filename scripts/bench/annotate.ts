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
import { median } from './stats';

const TARGET_BYTES = 1_000_000;

interface Result { bytes: number; walkMs: number[]; markjsMs: number[]; oursMs: number[]; markjsMarks: number; ourMarks: number; longTasks: number[]; markjsLongTasks: number[] }

/** A long article: the bodies of the labelled pages, repeated to about 1 MB of HTML. */
function longPage(): string {
  const bodies = [...sharedPages(), ...passagePages(() => 'company')].map((p) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(p.html)?.[1] ?? '');
  const one = bodies.join('\n').replace(/<script[\s\S]*?<\/script>/gi, '');
  const body = one.repeat(Math.ceil(TARGET_BYTES / one.length));
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Langer Artikel</title></head><body><article>${body}</article></body></html>`;
}

export async function benchAnnotate(): Promise<string[]> {
  const data = JSON.parse(readFileSync(resolve('lib/kb/generated/builtin.json'), 'utf8')) as BuiltinData;
  const entries = buildDictionary(data.entities);
  const r = await runInChromium<Result>(resolve('scripts/bench/annotate-page.ts'), longPage(), { entries });
  const walk = median(r.walkMs);
  const markjs = median(r.markjsMs);
  const ours = median(r.oursMs);
  const longest = r.longTasks.length ? Math.max(...r.longTasks) : 0;
  return [
    `annotating a ${(r.bytes / 1e6).toFixed(2)} MB page in Chromium (median of 3; each run ends with a forced layout)`,
    `  bare TreeWalker pass    ${walk.toFixed(0)} ms`,
    `  mark.js (markRegExp)    ${markjs.toFixed(0)} ms, ${r.markjsMarks} marks (one RegExp of the same names, no context rules)`,
    `  Querverweis             ${ours.toFixed(0)} ms, ${r.ourMarks} marks → ${(ours / markjs).toFixed(2)}× mark.js's time (goal ≤ 0.5×), ${(ours / walk).toFixed(0)}× the bare walk`,
    `  long tasks (> 50 ms)    ours: ${r.longTasks.length} in 3 runs${longest ? `, longest ${longest.toFixed(0)} ms` : ''} (goal: none); mark.js: ${r.markjsLongTasks.length}, longest ${Math.max(0, ...r.markjsLongTasks).toFixed(0)} ms`,
  ];
}
