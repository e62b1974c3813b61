/**
 * Annotates a page: reads its text blocks, spots mentions and wraps them, in tasks short enough
 * that the page stays responsive (no task much over SLICE_MS).
 */
import type { Lang } from '../kb/types';
import { detectLang } from '../matcher/language';
import type { Matcher } from '../matcher/matcher';
import { spotBlocksInSlices, type MarkType } from '../matcher/spot';
import { TaskSlicer } from '../task-slicer';
import type { MarkLayer } from './marks';
import { blockIsCurrent, collectTextBlocksInSlices } from './text-blocks';

/**
 * Work per task (reading, spotting, then wrapping) before the page gets the main thread back. Every
 * yield lets the browser lay the changed page out again, which on a long page costs tens of
 * milliseconds itself: 25 ms slices keep our tasks under 50 ms with a third of the relayouts of 8 ms
 * slices (npm run bench -- annotate: 1.0 MB page 942 ms instead of 1 610 ms). The frames after
 * wrapping slices still take 50–125 ms on that page, 30–100 ms of it layout of the new marks.
 */
const SLICE_MS = 25;

export interface PageEntityCount {
  type: MarkType;
  count: number;
}

export interface AnnotateOptions {
  /** Tag names of the extension's own UI hosts, never read. */
  ownHosts?: ReadonlySet<string>;
  signal?: AbortSignal;
  /** The page's language; detected from `lang` and the text when not given. */
  lang?: Lang;
  /** Which kinds of entity to mark (all when not given); the others are still matched, so that
   *  "Deutsche Bank" with companies off does not become a country mark on "Deutsche". */
  types?: ReadonlySet<MarkType>;
  /** How to give the main thread back between slices; tests pass a synchronous stub. */
  yieldToPage?: () => Promise<void>;
  /** Work per task (SLICE_MS when not given); tests pass 0 to have a pause at every chance. */
  sliceMs?: number;
}

/** Marks every mention under `root`; returns the entities found with their mention counts. */
export async function annotate(
  root: Node,
  matcher: Matcher,
  layer: MarkLayer,
  { ownHosts, signal, lang, types, yieldToPage, sliceMs = SLICE_MS }: AnnotateOptions = {},
): Promise<Map<string, PageEntityCount>> {
  const slicer = new TaskSlicer(sliceMs, yieldToPage);
  const blocks = await collectTextBlocksInSlices(root, ownHosts ?? new Set(), slicer);
  const texts = blocks.map((b) => b.text);
  const doc = root.ownerDocument ?? (root as Document);
  const pageLang = lang ?? detectLang(doc.documentElement?.getAttribute('lang'), texts.slice(0, 50).join(' '));
  const spots = await spotBlocksInSlices(matcher, texts, pageLang, slicer);
  // The context rules ran over the whole page at the end of spotting.
  if (slicer.due) await slicer.yield();
  const found = new Map<string, PageEntityCount>();
  for (let i = 0; i < blocks.length; i++) {
    if (signal?.aborted) break;
    if (!blockIsCurrent(blocks[i]!)) continue;
    const wanted = types ? spots[i]!.filter((s) => types.has(s.type)) : spots[i]!;
    for (const mark of layer.wrapBlock(blocks[i]!, wanted)) {
      const id = mark.dataset.entityId!;
      const entry = found.get(id);
      if (entry) entry.count++;
      else found.set(id, { type: mark.dataset.entityType as MarkType, count: 1 });
    }
    if (slicer.due) await slicer.yield();
  }
  return found;
}
