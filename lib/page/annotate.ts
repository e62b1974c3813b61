/**
 * Annotates a page: reads its text blocks, has them spotted (in the extension by the background,
 * where the knowledge base is) and paints the spots, in tasks short enough that the page stays
 * responsive (no task much over SLICE_MS).
 */
import type { Lang } from '../kb/types';
import { detectLang } from '../matcher/language';
import type { MarkType, Spot } from '../matcher/spot';
import { TaskSlicer } from '../task-slicer';
import type { MarkLayer } from './marks';
import { blockIsCurrent, collectTextBlocksInSlices } from './text-blocks';

/** Work per task (reading, spotting, then painting) before the page gets the main thread back. */
const SLICE_MS = 25;

/** Spots a page's text blocks together (evidence for one block can come from another). */
export type Spotter = (blocks: readonly string[], lang: Lang | undefined) => Promise<Spot[][]>;

export interface PageEntityCount {
  type: MarkType;
  count: number;
}

export interface AnnotateOptions {
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
  spotter: Spotter,
  layer: MarkLayer,
  { signal, lang, types, yieldToPage, sliceMs = SLICE_MS }: AnnotateOptions = {},
): Promise<Map<string, PageEntityCount>> {
  const slicer = new TaskSlicer(sliceMs, yieldToPage);
  const blocks = await collectTextBlocksInSlices(root, slicer);
  const texts = blocks.map((b) => b.text);
  const doc = root.ownerDocument ?? (root as Document);
  const pageLang = lang ?? detectLang(doc.documentElement?.getAttribute('lang'), texts.slice(0, 50).join(' '));
  const spots = blocks.length ? await spotter(texts, pageLang) : [];
  const found = new Map<string, PageEntityCount>();
  layer.hold();
  try {
    for (let i = 0; i < blocks.length; i++) {
      if (signal?.aborted) break;
      // Most blocks have no spots: only the ones with marks to make are checked against the page.
      const wanted = types ? spots[i]!.filter((s) => types.has(s.type)) : spots[i]!;
      if (wanted.length === 0 || !blockIsCurrent(blocks[i]!)) continue;
      for (const mark of layer.addBlock(blocks[i]!, wanted)) {
        const entry = found.get(mark.entityId);
        if (entry) entry.count++;
        else found.set(mark.entityId, { type: mark.type, count: 1 });
      }
      if (slicer.due) await slicer.yield();
    }
  } finally {
    layer.release();
  }
  return found;
}
