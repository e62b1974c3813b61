/**
 * Spotting in this thread, for tests and tools that hold a matcher. Its own module: the content
 * script spots through the background, and importing the matcher's context stage here would put it
 * into the content script's bundle, parsed on every page.
 */
import type { MentionFinder } from '../matcher/layered';
import { SpotSession } from '../matcher/spot-session';
import { spotStream, type Spotter } from './spot-stream';

export function localSpotter(finder: MentionFinder): Spotter {
  return (lang) => {
    const session = new SpotSession(finder, lang);
    return spotStream(async ({ blocks, last }) => session.part(blocks, last));
  };
}
