/** The matcher benchmark's Chromium half: the same measurements in the browser's JavaScript engine. */
import type { DictionaryEntry } from '../../lib/kb/types';
import { Matcher } from '../../lib/matcher/matcher';
import { spotBlocks } from '../../lib/matcher/spot';
import { measureMatcher, type MatcherTimes } from './matcher-core';
import { median } from './stats';

/** Matcher figures, and the whole spotting stage (matcher and context rules) over the text's lines. */
(window as unknown as { bench(a: { text: string; entries: DictionaryEntry[] }): MatcherTimes & { spotMs: number } }).bench = ({
  text,
  entries,
}) => {
  const times = measureMatcher(Matcher, entries, text);
  const matcher = Matcher.compile(entries);
  const blocks = text.split('\n');
  spotBlocks(matcher, blocks, 'de');
  const spotMs = median(
    [0, 1, 2].map(() => {
      const t0 = performance.now();
      spotBlocks(matcher, blocks, 'de');
      return performance.now() - t0;
    }),
  );
  return { ...times, spotMs };
};
