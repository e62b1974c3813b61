/**
 * A read-only radix trie in typed arrays: every run of characters without a branch or a key ending
 * in it is one edge with a label, so a key's unshared tail costs one edge, not a node per character
 * (at 250 000 names that is a third of the memory). Built straight into arrays of the exact size
 * over the sorted keys; serialisable as it is (artefact.ts), so a build can ship it compiled.
 *
 * Node n has edges firstEdge[n] … firstEdge[n] + edgeCount[n] - 1, sorted by their first character
 * (edgeChar); edge e reads labels[labelStart[e] … labelStart[e] + labelLength[e]) and leads to
 * edgeTarget[e]. terminal[n] is the index of the key that ends at n, or -1. The root's edges are
 * also in a direct table by first character (every word start in the text asks the root), and so are
 * the edges of wide nodes. The walk itself is inlined in the matcher's hot loop (matcher.ts).
 */

/** Nodes with this many edges get a direct table: they are few and visited often. */
export const DENSE_MIN = 12;
/** Characters below this (Latin, with diacritics) go through the direct table. */
export const DENSE_RANGE = 0x250;

/** The arrays a trie is made of; what artefact.ts writes and reads. */
export interface TrieArrays {
  firstEdge: Int32Array;
  edgeCount: Int32Array;
  terminal: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  labelStart: Int32Array;
  labelLength: Int32Array;
  labels: Uint16Array;
}

export interface Trie extends TrieArrays {
  /** Number of distinct keys; terminal values index 0 … keyCount - 1 in sorted key order. */
  keyCount: number;
  /** The root's edge by first character, or -1. */
  root: Int32Array;
  /** Wide nodes' direct tables: denseAt[node] is the offset of its table in `dense`, or -1. */
  denseAt: Int32Array;
  /** Edge by first character (below DENSE_RANGE) in a wide node's table, or -1. */
  dense: Int32Array;
}

/**
 * Builds a trie over `keys` (duplicates are merged).
 * @returns the trie and the keys in the order its terminals index them.
 */
export function buildTrie(keys: Iterable<string>): { trie: Trie; keys: string[] } {
  const sorted = [...new Set(keys)].filter((k) => k.length > 0).sort();
  // Sizes first, with the same recursion as the fill: nodes, edges and label characters.
  const { nodes, edges, chars } = sizeOf(sorted);

  const a: TrieArrays = {
    firstEdge: new Int32Array(nodes),
    edgeCount: new Int32Array(nodes),
    terminal: new Int32Array(nodes).fill(-1),
    edgeChar: new Uint16Array(edges),
    edgeTarget: new Int32Array(edges),
    labelStart: new Int32Array(edges),
    labelLength: new Int32Array(edges),
    labels: new Uint16Array(chars),
  };
  let node = 0;
  let edge = 0;
  let char = 0;
  // Node ids in pre-order; a node's edges are reserved together before its children are built.
  const addNode = (lo: number, hi: number, depth: number): number => {
    const id = node++;
    let i = lo;
    if (i < hi && sorted[i]!.length === depth) a.terminal[id] = i++;
    const groups = childGroups(sorted, i, hi, depth);
    a.firstEdge[id] = edge;
    a.edgeCount[id] = groups.length;
    const base = edge;
    edge += groups.length;
    groups.forEach(([j, k, length], g) => {
      const e = base + g;
      const key = sorted[j]!;
      a.edgeChar[e] = key.charCodeAt(depth);
      a.labelStart[e] = char;
      a.labelLength[e] = length;
      for (let d = 0; d < length; d++) a.labels[char++] = key.charCodeAt(depth + d);
      a.edgeTarget[e] = addNode(j, k, depth + length);
    });
    return id;
  };
  addNode(0, sorted.length, 0);
  return { trie: withTables(a, sorted.length), keys: sorted };
}

/** The lookup tables over a trie's arrays (they are derived, so an artefact does not carry them). */
export function withTables(a: TrieArrays, keyCount: number): Trie {
  const nodes = a.terminal.length;
  const denseAt = new Int32Array(nodes).fill(-1);
  let denseCount = 0;
  for (let n = 1; n < nodes; n++) if (a.edgeCount[n]! >= DENSE_MIN) denseAt[n] = DENSE_RANGE * denseCount++;
  const dense = new Int32Array(DENSE_RANGE * denseCount).fill(-1);
  for (let n = 1; n < nodes; n++) {
    if (denseAt[n]! < 0) continue;
    for (let e = a.firstEdge[n]!, end = e + a.edgeCount[n]!; e < end; e++)
      if (a.edgeChar[e]! < DENSE_RANGE) dense[denseAt[n]! + a.edgeChar[e]!] = e;
  }
  const root = new Int32Array(0x10000).fill(-1);
  if (nodes > 0) for (let e = a.firstEdge[0]!, end = e + a.edgeCount[0]!; e < end; e++) root[a.edgeChar[e]!] = e;
  return { ...a, keyCount, root, denseAt, dense };
}

/**
 * The children of the node at `depth` over sorted[lo, hi) (keys longer than depth): runs of keys with
 * the same next character, each with the length of its edge label, the run's common prefix (it ends
 * where the shortest key of the run ends, since that key sorts first).
 */
function childGroups(sorted: readonly string[], lo: number, hi: number, depth: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let j = lo; j < hi;) {
    const c = sorted[j]!.charCodeAt(depth);
    let k = j + 1;
    while (k < hi && sorted[k]!.charCodeAt(depth) === c) k++;
    const first = sorted[j]!;
    const last = sorted[k - 1]!;
    let length = 1;
    while (depth + length < first.length && first.charCodeAt(depth + length) === last.charCodeAt(depth + length)) length++;
    out.push([j, k, length]);
    j = k;
  }
  return out;
}

/** Nodes, edges and label characters of the trie over `sorted`: the build's recursion without arrays. */
function sizeOf(sorted: readonly string[]): { nodes: number; edges: number; chars: number } {
  const size = { nodes: 0, edges: 0, chars: 0 };
  const visit = (lo: number, hi: number, depth: number) => {
    size.nodes++;
    let i = lo;
    if (i < hi && sorted[i]!.length === depth) i++;
    for (const [j, k, length] of childGroups(sorted, i, hi, depth)) {
      size.edges++;
      size.chars += length;
      visit(j, k, depth + length);
    }
  };
  visit(0, sorted.length, 0);
  return size;
}
