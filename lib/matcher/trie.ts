/**
 * A read-only character trie in typed arrays, built straight into arrays of the exact size over the
 * sorted keys (no per-node Map or array): 55 000 names build in about 20–45 ms.
 *
 * Node n has edges firstEdge[n] … firstEdge[n] + edgeCount[n] - 1, sorted by character; terminal[n]
 * is the index of the key that ends at n, or -1. The root's children are also in a direct table
 * indexed by character, because every word start in the text asks the root. The walk itself is
 * inlined in the matcher's hot loop (matcher.ts).
 */

/** Nodes with this many children get a direct table: they are few and visited often. */
export const DENSE_MIN = 12;
/** Characters below this (Latin, with diacritics) go through the direct table. */
export const DENSE_RANGE = 0x250;

export interface Trie {
  /** The unique keys in sorted order; terminal values index into it. */
  keys: string[];
  root: Int32Array;
  /**
   * Wide nodes (DENSE_MIN children or more) also get a direct table for characters below
   * DENSE_RANGE: denseAt[node] is its offset in `dense`, or -1.
   */
  denseAt: Int32Array;
  dense: Int32Array;
  firstEdge: Int32Array;
  edgeCount: Int32Array;
  terminal: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
}

/** Builds a trie over `keys` (duplicates are merged). */
export function buildTrie(keys: Iterable<string>): Trie {
  const sorted = [...new Set(keys)].filter((k) => k.length > 0).sort();
  // Exact sizes up front: a sorted key adds one node per character after its common prefix with
  // the key before it. Typed arrays are filled in place, with no per-node arrays.
  let size = 1;
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i]!;
    const prev = i > 0 ? sorted[i - 1]! : '';
    let common = 0;
    while (common < key.length && common < prev.length && key.charCodeAt(common) === prev.charCodeAt(common)) common++;
    size += key.length - common;
  }
  const terminal = new Int32Array(size).fill(-1);
  const firstEdge = new Int32Array(size);
  const edgeCount = new Int32Array(size);
  const edgeChar = new Uint16Array(Math.max(0, size - 1));
  const edgeTarget = new Int32Array(Math.max(0, size - 1));
  let nodes = 0;
  let edges = 0;

  // Depth-first over ranges of keys that share a prefix, node ids in pre-order, each node's edges
  // reserved together before its children are built; recursion depth is the longest shared prefix.
  const addNode = (lo: number, hi: number, depth: number): number => {
    const id = nodes++;
    let i = lo;
    if (i < hi && sorted[i]!.length === depth) terminal[id] = i++;
    if (hi - i === 1) {
      // One key left: the rest of it is a chain, built without recursion (most nodes are such tails).
      const key = sorted[i]!;
      let at = id;
      for (let d = depth; d < key.length; d++) {
        firstEdge[at] = edges;
        edgeCount[at] = 1;
        edgeChar[edges] = key.charCodeAt(d);
        const next = nodes++;
        edgeTarget[edges++] = next;
        at = next;
      }
      firstEdge[at] = edges;
      terminal[at] = i;
      return id;
    }
    let count = 0;
    for (let j = i; j < hi; count++) {
      const c = sorted[j]!.charCodeAt(depth);
      j++;
      while (j < hi && sorted[j]!.charCodeAt(depth) === c) j++;
    }
    const base = edges;
    edges += count;
    firstEdge[id] = base;
    edgeCount[id] = count;
    for (let j = i, e = base; j < hi; e++) {
      const c = sorted[j]!.charCodeAt(depth);
      let k = j + 1;
      while (k < hi && sorted[k]!.charCodeAt(depth) === c) k++;
      edgeChar[e] = c;
      edgeTarget[e] = addNode(j, k, depth + 1);
      j = k;
    }
    return id;
  };
  addNode(0, sorted.length, 0);

  const denseAt = new Int32Array(terminal.length).fill(-1);
  let denseCount = 0;
  for (let n = 1; n < terminal.length; n++) if (edgeCount[n]! >= DENSE_MIN) denseAt[n] = DENSE_RANGE * denseCount++;
  const dense = new Int32Array(DENSE_RANGE * denseCount).fill(-1);
  for (let n = 1; n < terminal.length; n++) {
    if (denseAt[n]! < 0) continue;
    for (let e = firstEdge[n]!, end = e + edgeCount[n]!; e < end; e++) if (edgeChar[e]! < DENSE_RANGE) dense[denseAt[n]! + edgeChar[e]!] = edgeTarget[e]!;
  }

  const trie: Trie = {
    keys: sorted,
    root: new Int32Array(0x10000).fill(-1),
    denseAt,
    dense,
    firstEdge,
    edgeCount,
    terminal,
    edgeChar,
    edgeTarget,
  };
  for (let e = trie.firstEdge[0]!, end = e + trie.edgeCount[0]!; e < end; e++) {
    trie.root[trie.edgeChar[e]!] = trie.edgeTarget[e]!;
  }
  return trie;
}
