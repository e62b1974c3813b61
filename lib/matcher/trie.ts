/**
 * A read-only character trie in typed arrays. It is built in one pass over the sorted keys (no
 * per-node Map), so 50 000 extra company names stay a few megabytes and compile in milliseconds.
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
  const firstEdge: number[] = [];
  const edgeCount: number[] = [];
  const terminal: number[] = [];
  const edgeChar: number[] = [];
  const edgeTarget: number[] = [];

  // Depth-first construction over ranges of keys that share a prefix; recursion depth is the
  // longest key, so a few dozen frames.
  const addNode = (lo: number, hi: number, depth: number): number => {
    const id = terminal.length;
    terminal.push(-1);
    firstEdge.push(edgeChar.length);
    edgeCount.push(0);
    let i = lo;
    if (i < hi && sorted[i]!.length === depth) terminal[id] = i++;
    const groups: number[] = [];
    while (i < hi) {
      const c = sorted[i]!.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && sorted[j]!.charCodeAt(depth) === c) j++;
      groups.push(c, i, j);
      i = j;
    }
    const base = edgeChar.length;
    edgeCount[id] = groups.length / 3;
    for (let g = 0; g < groups.length; g += 3) {
      edgeChar.push(groups[g]!);
      edgeTarget.push(-1);
    }
    for (let g = 0; g < groups.length; g += 3) {
      edgeTarget[base + g / 3] = addNode(groups[g + 1]!, groups[g + 2]!, depth + 1);
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
    firstEdge: Int32Array.from(firstEdge),
    edgeCount: Int32Array.from(edgeCount),
    terminal: Int32Array.from(terminal),
    edgeChar: Uint16Array.from(edgeChar),
    edgeTarget: Int32Array.from(edgeTarget),
  };
  for (let e = trie.firstEdge[0]!, end = e + trie.edgeCount[0]!; e < end; e++) {
    trie.root[trie.edgeChar[e]!] = trie.edgeTarget[e]!;
  }
  return trie;
}
