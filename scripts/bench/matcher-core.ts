/**
 * Matcher measurements that run the same in Node and in Chromium: compile time, matcher time,
 * and the time of one RegExp alternation of the same names (case-sensitive, and case-folding with
 * the i flag as the matcher folds case). Times in milliseconds, medians of several runs.
 */
import type { DictionaryEntry } from '../../lib/kb/types';
import { CLASS, CLASS_TRANSPARENT, CLASS_WORD } from '../../lib/matcher/chars';
import type { Matcher } from '../../lib/matcher/matcher';
import { median } from './stats';

const RUNS = 5;

export interface MatcherTimes {
  compileMs: number;
  matchMs: number;
  keys: number;
  bytes: number;
  reFirstUseMs: number;
  reMs: number;
  reFoldMs: number;
  /** A bare pass that only finds the word starts: the floor for a matcher that reads every character. */
  scanMs: number;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Counts word starts with the matcher's class table: its outer loop with no dictionary behind it. */
function wordStarts(text: string): number {
  const cls = CLASS;
  let starts = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const k = cls[text.charCodeAt(i)];
    if (k === CLASS_WORD) {
      if (!inWord) starts++;
      inWord = true;
    } else if (k !== CLASS_TRANSPARENT) {
      inWord = false;
    }
  }
  return starts;
}

/** One alternation of every surface form, longest first, whole words by Unicode letter classes. */
function regexpOf(entries: readonly DictionaryEntry[], flags: string): RegExp {
  const alternatives = [...new Set(entries.map((e) => e.text))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Milliseconds a RegExp needs for the whole text, measured on growing prefixes until one takes
 * a second (matching time is linear in the text), so a slow baseline cannot stall the run.
 */
function regexpMs(re: RegExp, text: string): number {
  for (let len = 2_000; ; len *= 2) {
    const part = text.slice(0, Math.min(len, text.length));
    const ms = time(() => part.match(re));
    if (ms > 1000 || part.length === text.length) return ms * (text.length / part.length);
  }
}

export function measureMatcher(M: typeof Matcher, entries: DictionaryEntry[], text: string): MatcherTimes {
  let matcher!: Matcher;
  const compileMs = median(Array.from({ length: RUNS }, () => time(() => (matcher = M.compile(entries)))));
  // Throughput is the optimised code's: two whole passes first, as the RegExp gets its first use and
  // the growing prefixes of regexpMs before the pass that counts.
  matcher.findAll(text, 'de');
  matcher.findAll(text, 'de');
  const matchMs = median(Array.from({ length: RUNS }, () => time(() => matcher.findAll(text, 'de'))));
  const re = regexpOf(entries, 'gu');
  const reFirstUseMs = time(() => re.test('warm-up'));
  const reMs = median(Array.from({ length: 3 }, () => regexpMs(re, text)));
  const reFoldMs = regexpMs(regexpOf(entries, 'giu'), text);
  wordStarts(text);
  const scanMs = median(Array.from({ length: RUNS }, () => time(() => wordStarts(text))));
  return { compileMs, matchMs, keys: matcher.size, bytes: matcher.byteSize, reFirstUseMs, reMs, reFoldMs, scanMs };
}
