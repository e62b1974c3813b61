/**
 * Annotates a page: reads its text blocks in parts and has each part spotted (in the extension by
 * the background, where the knowledge base is) while the next is read; makes each part's marks as
 * its spots come, and the corrections the whole page's evidence makes with the last, and paints
 * them all at once. Reading is split into tasks short enough that the page stays responsive (no
 * task much over SLICE_MS).
 */
import { detectLang } from '../matcher/language';
import type { Lang } from '../kb/types';
import type { MarkType, Spot } from '../matcher/spot';
import { TaskSlicer } from '../task-slicer';
import { entityCounts, type Mark, type MarkLayer } from './marks';
import type { SpotUpdate, Spotter } from './spot-stream';
import { blockIsCurrent, readTextBlocksInParts, type PartSize, type TextBlock } from './text-blocks';

export type { Spotter } from './spot-stream';

/** Work per task (reading and painting) before the page gets the main thread back. */
const SLICE_MS = 25;

/**
 * A part's text: a 30 KB article is one part; a 1 MB page some fifteen, each spotted while the
 * rest is read, its marks made while the rest is spotted. The first part holds the blocks the language is
 * detected from.
 */
const LANG_SAMPLE_BLOCKS = 50;
const PART: PartSize = { chars: 64_000, firstBlocks: LANG_SAMPLE_BLOCKS };

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
  /** Text per part (PART when not given); tests pass small parts. */
  part?: PartSize;
}

/** Marks every mention under `root`; returns the entities found with their mention counts. */
export async function annotate(
  root: Node,
  spotter: Spotter,
  layer: MarkLayer,
  { signal, lang, types, yieldToPage, sliceMs = SLICE_MS, part = PART }: AnnotateOptions = {},
): Promise<Map<string, PageEntityCount>> {
  const slicer = new TaskSlicer(sliceMs, yieldToPage);
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: TextBlock[] = [];
  /** The marks made in each block, to replace when the block's spots change. */
  const marks: (Mark[] | undefined)[] = [];
  const paintBlock = (i: number, spots: readonly Spot[]) => {
    for (const mark of marks[i] ?? []) layer.remove(mark);
    marks[i] = undefined;
    const wanted = types ? spots.filter((s) => types.has(s.type)) : spots;
    // Most blocks have no spots: only the ones with marks to make are checked against the page.
    if (wanted.length && blockIsCurrent(blocks[i]!)) marks[i] = layer.addBlock(blocks[i]!, wanted);
  };
  const paint = (update: SpotUpdate) => {
    if (signal?.aborted) return;
    update.spots.forEach((spots, k) => paintBlock(update.from + k, spots));
    for (const [i, spots] of update.changed) paintBlock(i, spots);
  };
  let stream: ReturnType<Spotter> | undefined;
  // The parts are painted in order, each as its reply comes, while reading goes on.
  let painted: Promise<void> = Promise.resolve();
  layer.hold();
  try {
    const onPart = (read: TextBlock[], last: boolean) => {
      if (!stream && last && read.length === 0) return;
      for (const block of read) blocks.push(block);
      stream ??= spotter(
        lang ??
          detectLang(
            doc.documentElement?.getAttribute('lang'),
            read
              .slice(0, LANG_SAMPLE_BLOCKS)
              .map((b) => b.text)
              .join(' '),
          ),
      );
      const update = stream.next(
        read.map((b) => b.text),
        last,
      );
      // Awaited in turn below; a part that fails meanwhile is not an unhandled rejection.
      update.catch(() => undefined);
      painted = painted.then(async () => paint(await update));
    };
    await readTextBlocksInParts(root, slicer, part, onPart, signal);
    // Stopped before the last part: the background need not keep the page's session until it expires.
    if (signal?.aborted) stream?.cancel();
    await painted;
  } catch (e) {
    stream?.cancel();
    // Without the page's last answer the marks made so far are provisional: none is better than a
    // wrong one ("Google" where the page means Google Ventures).
    for (const list of marks) for (const mark of list ?? []) layer.remove(mark);
    throw e;
  } finally {
    layer.release();
  }
  return entityCounts(marks.flatMap((list) => list ?? []));
}
