/**
 * Simple XPaths ("/html[1]/body[1]/div[2]/p[3]") from elements and back. The extension's own
 * elements (marks, highlights) are transparent: a path names the page's elements only, so it
 * is the same on the next visit, before anything is marked.
 */

const STEP = /^([A-Za-z][\w.-]*(?::[\w.-]+)?)\[(\d+)\]$/;

/** Children as the page made them: the children of own wrapper elements count as their parent's. */
function pageChildren(el: Element, isOwn: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const child of el.children) {
    if (isOwn(child)) out.push(...pageChildren(child, isOwn));
    else out.push(child);
  }
  return out;
}

function pageParent(el: Element, isOwn: (el: Element) => boolean): Element | null {
  let p = el.parentElement;
  while (p && isOwn(p)) p = p.parentElement;
  return p;
}

/** The nearest ancestor-or-self that is the page's own element. */
export function pageElementOf(node: Node, isOwn: (el: Element) => boolean): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && isOwn(el)) el = el.parentElement;
  return el;
}

export function xpathOf(el: Element, isOwn: (el: Element) => boolean = () => false): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e; e = pageParent(e, isOwn)) {
    const parent = pageParent(e, isOwn);
    const name = e.localName;
    let index = 1;
    if (parent) {
      for (const sibling of pageChildren(parent, isOwn)) {
        if (sibling === e) break;
        if (sibling.localName === name) index++;
      }
    }
    steps.push(`${name}[${index}]`);
  }
  return '/' + steps.reverse().join('/');
}

/** The element an xpathOf path names, or null (also for any XPath this simple form cannot read). */
export function elementAt(doc: Document, path: string, isOwn: (el: Element) => boolean = () => false): Element | null {
  if (!path.startsWith('/')) return null;
  const steps = path.slice(1).split('/');
  let current: Element | null = null;
  for (const step of steps) {
    const m = STEP.exec(step);
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    let n = Number(m[2]);
    const candidates: Element[] = current ? pageChildren(current, isOwn) : doc.documentElement ? [doc.documentElement] : [];
    current = null;
    for (const c of candidates) {
      if (c.localName.toLowerCase() === name && --n === 0) {
        current = c;
        break;
      }
    }
    if (!current) return null;
  }
  return current;
}
