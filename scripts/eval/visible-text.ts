/**
 * The "visible text" of a page as the gold labels define it (../shared/fixtures/README.md): the
 * text of <body> without script, style, template and noscript; runs of [ \t\n\r\f] collapsed to
 * one space (no-break spaces kept); a line break at every block element boundary. It also maps
 * every text-node position to its place in that text, to compare marks with gold spans.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'TEXTAREA',
]);

export interface VisibleText {
  text: string;
  /** Position in `text` of character `offset` of `node`; collapsed spaces map to the space they became. */
  position(node: Text, offset: number): number;
}

export function visibleText(body: Element): VisibleText {
  let text = '';
  const maps = new Map<Text, Int32Array>();
  const breakLine = () => {
    if (text.length > 0 && !text.endsWith('\n')) text = text.replace(/ $/, '') + '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const map = new Int32Array(t.data.length + 1);
      for (let i = 0; i < t.data.length; i++) {
        const c = t.data[i]!;
        if (/[ \t\n\r\f]/.test(c)) {
          if (text.length > 0 && !/[ \n]$/.test(text)) text += ' ';
          map[i] = Math.max(0, text.length - 1);
        } else {
          map[i] = text.length;
          text += c;
        }
      }
      map[t.data.length] = text.length;
      maps.set(t, map);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase())) return;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) breakLine();
    for (const child of el.childNodes) walk(child);
    if (block) breakLine();
  };
  walk(body);
  return {
    text,
    position(node, offset) {
      const map = maps.get(node);
      if (!map) throw new Error('text node outside the visible text');
      return map[offset]!;
    },
  };
}

/** Start of the n-th (0-based) occurrence of `needle`, counting overlapping ones; -1 if there is none. */
export function nthOccurrence(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
