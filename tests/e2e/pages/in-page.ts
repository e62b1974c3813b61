/**
 * Functions that run inside a news page (passed to `page.evaluate` by Playwright in Chromium and by
 * puppeteer in Firefox, which both take a function and one argument). They read what the README's
 * contract exposes: ranges in `CSS.highlights`. Each must be self-contained: it is sent as source text.
 */

export type MarkRow = [text: string, type: 'company' | 'country'];

/** [text, type] of every range in the `names` entries (type → registry name), in document order; `within` limits them to one element. */
export const readMarks = ({ names, within }: { names: Record<string, string>; within?: string }): MarkRow[] => {
  const scope = within ? document.querySelector(within) : null;
  const rows: { range: Range; type: string }[] = [];
  for (const [type, name] of Object.entries(names)) {
    const set = CSS.highlights.get(name) as Set<Range> | undefined;
    for (const range of set ?? []) if (!scope || scope.contains(range.startContainer)) rows.push({ range, type });
  }
  rows.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return rows.map(({ range, type }) => [range.toString(), type] as MarkRow);
};

/** How many ranges the `names` entries hold together. */
export const countRanges = (names: string[]): number =>
  names.reduce((n, name) => n + ((CSS.highlights.get(name) as Set<Range> | undefined)?.size ?? 0), 0);

/** The texts of one registry entry's ranges, in document order. */
export const rangeTexts = (name: string): string[] =>
  [...((CSS.highlights.get(name) as Set<Range> | undefined) ?? [])]
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((r) => r.toString());

/** The viewport point at the middle of the nth range of `names` reading `text` (scrolled into view), or null. */
export const pointOfRange = ({ names, text, nth }: { names: string[]; text: string; nth: number }): { x: number; y: number } | null => {
  const ranges: Range[] = [];
  for (const name of names)
    for (const r of (CSS.highlights.get(name) as Set<Range> | undefined) ?? []) if (r.toString() === text) ranges.push(r);
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[nth];
  if (!range) return null;
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

/** Texts of the ranges in every entry whose name starts with `prefix`, in document order. */
export const prefixedRangeTexts = (prefix: string): string[] => {
  const ranges: Range[] = [];
  for (const [name, set] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith(prefix)) ranges.push(...set);
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString());
};

/** The colour of the reader's highlight reading `text`, from its entry's name (`<prefix>-<colour>`). */
export const highlightColorOf = ({ prefix, text }: { prefix: string; text: string }): string | undefined => {
  for (const [name, set] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (name.startsWith(`${prefix}-`) && [...set].some((r) => r.toString() === text)) return name.slice(prefix.length + 1);
  }
  return undefined;
};

/** Selects the first occurrence of `wanted` in the article (it may cross elements), as a reader's drag would. */
export const selectTextInPage = (wanted: string): void => {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let all = '';
  const starts: number[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.push(all.length);
    nodes.push(n as Text);
    all += (n as Text).data;
  }
  const at = all.indexOf(wanted);
  if (at < 0) throw new Error(`text not on page: ${wanted}`);
  // The start lies in the node holding the character at `offset`, the end in the node holding the one before it.
  const locate = (offset: number, end: boolean) => {
    const i = nodes.findIndex((n, k) =>
      end ? starts[k]! < offset && offset <= starts[k]! + n.length : offset < starts[k]! + n.length && offset >= starts[k]!,
    );
    return { node: nodes[i]!, offset: offset - starts[i]! };
  };
  const a = locate(at, false);
  const b = locate(at + wanted.length, true);
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
};
