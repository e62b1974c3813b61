/**
 * The matcher's dictionary: every surface form of every markable entity, with German genitive and
 * English possessive forms added to names. Organisations are included so that, as the longer
 * match, they keep "Japan" in "Japan Automobile Manufacturers Association" from being marked.
 */
import { germanCaseForms, germanCompanyForms, nameForms } from '../german/forms';
import type { DictionaryEntry, Entity, EntityType, Lang } from './types';

/** Mutes are not applied here: they apply per request, for the sender's site (lib/kb/spotting.ts). */
export function buildDictionary(entities: Iterable<Entity>): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  const all = [...entities];
  // A company's name with a hyphen between capitalised parts is also written with a space ("Harley
  // Davidson", "Rolls Royce"), unless that is some entity's name of its own.
  const names = new Set(all.flatMap((e) => e.names.map((n) => n.text.toLowerCase())));
  const spaced = (text: string) => {
    const variant = text.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
    return variant !== text && !names.has(variant.toLowerCase()) ? [variant] : [];
  };
  for (const e of all) {
    for (const n of e.names) {
      if (n.noMatch) continue;
      const base = { entityId: e.id, type: e.type, kind: n.kind, lang: n.lang, matchCase: n.matchCase, ambiguous: n.ambiguous };
      // Adjectives and demonyms are already declined; acronyms take a genitive -s ("IBMs") or an
      // English possessive ("EU's"); German country names also decline ("Vereinigten Staaten").
      const forms =
        n.kind === 'adjective' || n.kind === 'demonym'
          ? [n.text]
          : n.kind === 'acronym'
            ? [n.text, `${n.text}s`, `${n.text}'s`]
            : [
                ...[n.text, ...(e.type === 'company' ? spaced(n.text) : [])].flatMap((t) => nameForms(t)),
                ...(e.type === 'country' && n.lang === 'de' ? germanCaseForms(n.text) : []),
                ...(e.type === 'company' && n.lang !== 'en' ? germanCompanyForms(n.text) : []),
              ];
      for (const text of forms)
        out.push(prune({ text, ...base, possessive: text === `${n.text}'s` || text === `${n.text}'` || undefined }));
    }
  }
  return out;
}

/** Leaves out false and undefined flags: an entry holds only what it says (unpackDictionary gives the same). */
function prune(entry: DictionaryEntry): DictionaryEntry {
  if (!entry.matchCase) delete entry.matchCase;
  if (!entry.ambiguous) delete entry.ambiguous;
  if (!entry.lang) delete entry.lang;
  if (!entry.possessive) delete entry.possessive;
  return entry;
}

/** One name of a packed dictionary: text, kind, language (0: none), matchCase (0/1), ambiguous (0: no, 1: always, or a language), possessive (1, or absent). */
type PackedName = [text: string, kind: DictionaryEntry['kind'], lang: Lang | 0, matchCase: 0 | 1, ambiguous: 0 | 1 | Lang, possessive?: 1];

/**
 * The dictionary as it travels to every page: names grouped by entity, in their order, with flags
 * as numbers. Its JSON is under half of one object per name (314 instead of 725 KB built in), and
 * the page parses it on its own main thread.
 */
export type PackedDictionary = Array<[entityId: string, type: EntityType, names: PackedName[]]>;

export function packDictionary(entries: readonly DictionaryEntry[]): PackedDictionary {
  const out: PackedDictionary = [];
  let group: PackedDictionary[number] | undefined;
  for (const e of entries) {
    // Runs of one entity, not a map: the order of entries is the matcher's priority.
    if (!group || group[0] !== e.entityId || group[1] !== e.type) out.push((group = [e.entityId, e.type, []]));
    const ambiguous = e.ambiguous === true ? 1 : e.ambiguous || 0;
    const name: PackedName = [e.text, e.kind, e.lang ?? 0, e.matchCase ? 1 : 0, ambiguous];
    if (e.possessive) name.push(1);
    group[2].push(name);
  }
  return out;
}

export function unpackDictionary(packed: PackedDictionary): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  for (const [entityId, type, names] of packed) {
    for (const [text, kind, lang, matchCase, ambiguous, possessive] of names) {
      const entry: DictionaryEntry = { text, entityId, type, kind };
      if (lang) entry.lang = lang;
      if (matchCase) entry.matchCase = true;
      if (ambiguous) entry.ambiguous = ambiguous === 1 ? true : ambiguous;
      if (possessive) entry.possessive = true;
      out.push(entry);
    }
  }
  return out;
}
