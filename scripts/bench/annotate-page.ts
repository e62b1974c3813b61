/**
 * Annotation benchmark, in Chromium on a 1 MB news page: a bare TreeWalker pass over the text
 * (the floor), mark.js marking the same names with one RegExp alternation (markRegExp, one DOM
 * pass), and our annotation (text blocks, matcher, context rules, wrapping, in slices). It also
 * records the longest main-thread task of our run.
 */
// @ts-expect-error mark.js ships no types; only the constructor and markRegExp are used.
import Mark from 'mark.js';
import type { DictionaryEntry } from '../../lib/kb/types';
import { Matcher } from '../../lib/matcher/matcher';
import { annotate } from '../../lib/page/annotate';
import { MarkLayer } from '../../lib/page/marks';

interface Args {
  entries: DictionaryEntry[];
}

function treeWalk(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

function regexpOf(entries: readonly DictionaryEntry[]): RegExp {
  const alternatives = [...new Set(entries.map((e) => e.text))].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

(window as unknown as { bench(a: Args): Promise<unknown> }).bench = async ({ entries }) => {
  const html = document.body.innerHTML;
  const fresh = () => {
    document.body.innerHTML = html;
    return document.body;
  };
  // Each run ends with a forced layout: marking is only done when the page can show it, and mark.js
  // would otherwise leave that work to the next frame, outside its measured time.
  const time = async (fn: () => unknown) => {
    const t0 = performance.now();
    await fn();
    document.body.getBoundingClientRect();
    return performance.now() - t0;
  };

  const walkMs: number[] = [];
  const markjsMs: number[] = [];
  const oursMs: number[] = [];
  let markjsMarks = 0;
  let ourMarks = 0;
  const longTasks: number[] = [];
  const markjsLongTasks: number[] = [];
  const re = regexpOf(entries);
  const matcher = Matcher.compile(entries);
  for (let run = 0; run < 3; run++) {
    const a = fresh();
    walkMs.push(await time(() => treeWalk(a)));

    const b = fresh();
    const markjsObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => markjsLongTasks.push(e.duration)));
    markjsObserver.observe({ type: 'longtask', buffered: false });
    markjsMs.push(await time(() => new Promise<void>((done) => new Mark(b).markRegExp(re, { done: (n: number) => ((markjsMarks = n), done()) }))));
    await new Promise((r) => setTimeout(r, 50));
    markjsObserver.disconnect();

    const c = fresh();
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    oursMs.push(await time(() => annotate(c, matcher, new MarkLayer(), { lang: 'de' })));
    ourMarks = c.querySelectorAll('qv-mark').length;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
  }
  return { bytes: html.length, walkMs, markjsMs, oursMs, markjsMarks, ourMarks, longTasks, markjsLongTasks };
};
