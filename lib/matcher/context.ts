/**
 * Context rules: what a careful reader uses to decide whether a dictionary hit is a mention.
 * Precision first: when the evidence is not there, the hit is dropped.
 */
import type { Mention } from './matcher';

/** Keeps the hits that survive the context rules, block by block. */
export function applyContext(blocks: readonly string[], hits: readonly Mention[][]): Mention[][] {
  return hits.map((list) => list.filter((m) => !m.ambiguous));
}
