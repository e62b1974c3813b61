/**
 * Annotation benchmark, in Chromium on a 1 MB news page: a bare TreeWalker pass over the text
 * (the floor), mark.js marking the same names with one RegExp alternation (markRegExp, one DOM
 * pass), and our annotation as the extension does it: text blocks read in parts, each spotted off
 * the page's main thread while the next is read (a worker reading the build's matcher artefact
 * stands in for the background, with JSON strings both ways as extension messaging has) and its
 * ranges made as its reply comes. It also records the longest main-thread task of our run.
 */
// @ts-expect-error mark.js ships no types; only the constructor and markRegExp are used.
import Mark from 'mark.js';
import type { DictionaryEntry } from '../../lib/kb/types';
import { Matcher } from '../../lib/matcher/matcher';
import { annotate, type Spotter } from '../../lib/page/annotate';
import type { SpotPartReply } from '../../lib/matcher/spot-session';
import { spotStream, type AskPart } from '../../lib/page/spot-stream';
import type { Lang } from '../../lib/kb/types';
import { MarkLayer } from '../../lib/page/marks';
import { PAINT_PRIORITY } from '../../lib/page/mark-style';
import { browserHighlightApi, Painter } from '../../lib/page/painter';
import { collectTextBlocks } from '../../lib/page/text-blocks';
import { spotBlocks } from '../../lib/matcher/spot';

interface Args {
  entries: DictionaryEntry[];
  runs: number;
}

export interface Result {
  /** The page's own DOM edits, unmarked and with our live ranges. */
  edits: number;
  editMs: { bare: number[]; marked: number[] };
  bytes: number;
  walkMs: number[];
  markjsMs: number[];
  oursMs: number[];
  /** Of oursMs, per run: the page read and sent in parts, spotted and painted as they went; the wait for the last reply, the last part painted, the frame. */
  oursPhases: Record<Phase, number>[];
  /** The same, started on a page that is parsed but not yet laid out. */
  markjsFreshMs: number[];
  oursFreshMs: number[];
  /** Style and layout alone after our marks went in (on the laid-out page). */
  layoutMs: number[];
  markjsMarks: number;
  ourMarks: number;
  longTasks: number[];
  markjsLongTasks: number[];
  /** Per marker, the longest rendering of a frame (see observed). */
  longestRender: Record<'ours' | 'markjs', number>;
}

type Phase = 'read' | 'wait' | 'paint' | 'frame';

function treeWalk(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

function regexpOf(entries: readonly DictionaryEntry[]): RegExp {
  const alternatives = [...new Set(entries.map((e) => e.text))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

interface FrameTiming extends PerformanceEntry {
  renderStart: number;
}

/**
 * The main thread's long tasks while `fn` runs, and the longest rendering (style, layout, paint)
 * of its long animation frames: the Long Tasks API leaves rendering out.
 */
async function observed<T>(fn: () => Promise<T>): Promise<{ value: T; longTasks: number[]; longestRender: number }> {
  const longTasks: number[] = [];
  let longestRender = 0;
  const tasks = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  const frames = new PerformanceObserver((list) =>
    (list.getEntries() as FrameTiming[]).forEach((e) => {
      if (e.renderStart > 0) longestRender = Math.max(longestRender, e.startTime + e.duration - e.renderStart);
    }),
  );
  tasks.observe({ type: 'longtask', buffered: false });
  frames.observe({ type: 'long-animation-frame', buffered: false });
  const value = await fn();
  // The frame that shows the last change comes after: let it be observed.
  await new Promise((r) => setTimeout(r, 100));
  tasks.disconnect();
  frames.disconnect();
  return { value, longTasks, longestRender };
}

/** The page's own DOM edits: the first text of each of the first `n` paragraphs rewritten (ms). */
function pageEdits(root: HTMLElement, n: number): number {
  const paragraphs = [...root.querySelectorAll('p')].slice(0, n);
  const t0 = performance.now();
  // Text rewritten in place, as a framework's update does: every live Range in the document is checked.
  for (const p of paragraphs) if (p.firstChild?.nodeType === 3) (p.firstChild as Text).data += ' (aktualisiert)';
  return performance.now() - t0;
}

/** Resolves after the next frame's rendering (a task posted from requestAnimationFrame runs after it). */
const nextFrameRendered = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const settled = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));

(window as unknown as { bench(a: Args): Promise<unknown> }).bench = async ({ entries, runs }) => {
  const html = document.body.innerHTML;
  /**
   * A fresh copy of the page, laid out and painted: a content script at document_idle meets the page
   * so. With `laidOut` false the page is only parsed, and a synchronous marker's layout merges with
   * the page's own first layout (which then counts in its time).
   */
  const fresh = async (laidOut = true) => {
    // Nothing of an earlier run stays: its ranges would follow this run's edits.
    CSS.highlights.clear();
    lastLayer = undefined;
    (window as unknown as { gc?: () => void }).gc?.();
    document.body.innerHTML = html;
    if (laidOut) {
      document.body.getBoundingClientRect();
      await settled();
    }
    return document.body;
  };
  // Each run ends when the frame that shows the last marks has been rendered: a marker is done when
  // the reader can see its work, and a synchronous one leaves its layout to that frame.
  const time = async (fn: () => unknown) => {
    const t0 = performance.now();
    await fn();
    await nextFrameRendered();
    return performance.now() - t0;
  };
  const markjs = (root: HTMLElement) => new Promise<number>((done) => new Mark(root).markRegExp(re, { done }));
  const painter = () => {
    CSS.highlights.clear();
    return new Painter(browserHighlightApi(window)!, PAINT_PRIORITY);
  };
  const worker = new Worker('/spot-worker.js');
  let asked = 0;
  // Points in time of the current run (performance.now()), for the phases.
  const at = { start: 0, read: 0, replied: 0, received: 0, painted: 0, end: 0 };
  const ask =
    (lang: Lang | undefined): AskPart =>
    (part) =>
      new Promise((resolve) => {
        const id = ++asked;
        const onReply = (e: MessageEvent<string>) => {
          const reply = JSON.parse(e.data) as { id: number; reply: SpotPartReply };
          if (reply.id !== id) return;
          worker.removeEventListener('message', onReply);
          if (part.last) at.replied = performance.now();
          resolve(reply.reply);
        };
        worker.addEventListener('message', onReply);
        worker.postMessage(JSON.stringify({ id, part: { ...part, lang } }));
        if (part.last) at.read = performance.now();
      });
  const remote: Spotter = (lang) => spotStream(ask(lang));
  // The worker reads its artefact before the first run, as a background that is up.
  await remote('de').next(['Siemens'], true);
  const ours = (root: HTMLElement) => annotate(root, remote, (lastLayer = new MarkLayer(painter())), { lang: 'de' });

  let lastLayer: MarkLayer | undefined;
  const result: Result = {
    edits: 2000,
    editMs: { bare: [], marked: [] },
    bytes: html.length,
    walkMs: [],
    markjsMs: [],
    oursMs: [],
    oursPhases: [],
    markjsFreshMs: [],
    oursFreshMs: [],
    layoutMs: [],
    markjsMarks: 0,
    ourMarks: 0,
    longTasks: [],
    markjsLongTasks: [],
    longestRender: { ours: 0, markjs: 0 },
  };
  const keepLongest = (who: 'ours' | 'markjs', o: { longestRender: number }) => {
    result.longestRender[who] = Math.max(result.longestRender[who], o.longestRender);
  };
  const re = regexpOf(entries);
  const matcher = Matcher.compile(entries);
  for (let run = 0; run < runs; run++) {
    const a = await fresh();
    result.walkMs.push(await time(() => treeWalk(a)));

    const b = await fresh();
    const m = await observed(() => time(async () => (result.markjsMarks = await markjs(b))));
    result.markjsMs.push(m.value);
    result.markjsLongTasks.push(...m.longTasks);
    keepLongest('markjs', m);

    const c = await fresh();
    // As `time`, with the points of its phases.
    const o = await observed(async () => {
      at.start = performance.now();
      await ours(c);
      at.painted = performance.now();
      await nextFrameRendered();
      at.end = performance.now();
    });
    result.oursMs.push(at.end - at.start);
    result.oursPhases.push({
      read: at.read - at.start,
      wait: at.replied - at.read,
      paint: at.painted - at.replied,
      frame: at.end - at.painted,
    });
    result.longTasks.push(...o.longTasks);
    keepLongest('ours', o);
    result.ourMarks = lastLayer?.size ?? 0;
    result.editMs.marked.push(pageEdits(c, result.edits));
    result.editMs.bare.push(pageEdits(await fresh(), result.edits));

    // The browser's share: our marks put in at once, untimed, then only the style and layout they cause.
    const d = await fresh();
    const idleFrame = await time(() => undefined);
    const blocks = collectTextBlocks(d);
    const spots = spotBlocks(
      matcher,
      blocks.map((block) => block.text),
      'de',
    );
    const layer = new MarkLayer(painter());
    blocks.forEach((block, i) => layer.addBlock(block, spots[i]!));
    // The frame that first paints them, less a frame with nothing to do.
    const painted = await time(() => undefined);
    result.layoutMs.push(Math.max(0, painted - idleFrame));
    layer.removeAll();

    result.markjsFreshMs.push(await time(async () => markjs(await fresh(false))));
    await settled();
    result.oursFreshMs.push(await time(async () => ours(await fresh(false))));
    await settled();
  }
  return result;
};
