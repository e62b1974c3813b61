/** The matcher benchmark's Chromium half: the same measurements in the browser's JavaScript engine. */
import type { DictionaryEntry } from '../../lib/kb/types';
import { Matcher } from '../../lib/matcher/matcher';
import { measureMatcher } from './matcher-core';

(window as unknown as { bench(a: { text: string; entries: DictionaryEntry[] }): unknown }).bench = ({ text, entries }) =>
  measureMatcher(Matcher, entries, text);
