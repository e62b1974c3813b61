/**
 * Spotting in this thread, for tests and tools that hold a matcher. Its own module: the content
 * script spots through the background, and importing the matcher's context stage here would put it
 * into the content script's bundle, parsed on every page.
 */
import type { MentionFinder } from '../matcher/layered';
import { spotBlocks } from '../matcher/spot';
import type { Spotter } from './annotate';

export function localSpotter(finder: MentionFinder): Spotter {
  return async (blocks, lang) => spotBlocks(finder, blocks, lang);
}
