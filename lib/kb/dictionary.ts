/**
 * The matcher's dictionary: every surface form of every markable entity, with German genitive and
 * English possessive forms added to names. Organisations are included so that, as the longer
 * match, they keep "Japan" in "Japan Automobile Manufacturers Association" from being marked.
 */
import { germanCaseForms, nameForms } from '../german/forms';
import type { DictionaryEntry, Entity } from './types';

export interface DictionaryOptions {
  /** Names the reader muted, matched case-insensitively ("wrong entity" / "don't mark this name"). */
  muted?: ReadonlySet<string>;
}

export function buildDictionary(entities: Iterable<Entity>, options: DictionaryOptions = {}): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  const muted = options.muted ?? new Set<string>();
  for (const e of entities) {
    for (const n of e.names) {
      if (n.noMatch || muted.has(n.text.toLowerCase())) continue;
      const base = { entityId: e.id, type: e.type, kind: n.kind, lang: n.lang, matchCase: n.matchCase, ambiguous: n.ambiguous };
      // Adjectives and demonyms are already declined; acronyms take a genitive -s ("IBMs") or an
      // English possessive ("EU's"); German country names also decline ("Vereinigten Staaten").
      const forms =
        n.kind === 'adjective' || n.kind === 'demonym'
          ? [n.text]
          : n.kind === 'acronym'
            ? [n.text, `${n.text}s`, `${n.text}'s`]
            : [...nameForms(n.text), ...(e.type === 'country' && n.lang === 'de' ? germanCaseForms(n.text) : [])];
      for (const text of forms) out.push(prune({ text, ...base }));
    }
  }
  return out;
}

/** Leaves out false and undefined flags: the dictionary travels to every page as JSON. */
function prune(entry: DictionaryEntry): DictionaryEntry {
  if (!entry.matchCase) delete entry.matchCase;
  if (!entry.ambiguous) delete entry.ambiguous;
  if (!entry.lang) delete entry.lang;
  return entry;
}
