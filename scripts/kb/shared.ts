/** Small helpers shared by the knowledge-base builders. */
import type { EntityName, Fact } from '../../lib/kb/types';

type FactExtras = Partial<Omit<Fact, 'id' | 'subject' | 'property' | 'object' | 'origin'>>;

/**
 * Collects built-in facts and gives each a stable id, "b:<subject>:<property>:<n>", so that an
 * update replaces the same rows and exports stay identical between builds.
 */
export class FactBuilder {
  private readonly facts: Fact[] = [];
  private readonly counts = new Map<string, number>();

  value(subject: string, property: string, value: string | number, extras: FactExtras = {}): void {
    this.facts.push({ id: this.nextId(subject, property), subject, property, ...extras, value, origin: 'builtin' });
  }

  relation(subject: string, property: string, object: string, extras: FactExtras = {}): void {
    this.facts.push({ id: this.nextId(subject, property), subject, property, object, ...extras, origin: 'builtin' });
  }

  all(): Fact[] {
    return this.facts;
  }

  private nextId(subject: string, property: string): string {
    const key = `${subject}:${property}`;
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    return `b:${key}:${n}`;
  }
}

/**
 * Adds a name unless the same text is already there (a name both languages share then has no
 * language); drops undefined flags to keep the JSON small.
 */
export function pushName(names: EntityName[], name: EntityName): void {
  const same = names.find((n) => n.text === name.text);
  if (same) {
    if (same.lang !== name.lang) delete same.lang;
    return;
  }
  const clean = Object.fromEntries(Object.entries(name).filter(([, v]) => v !== undefined)) as unknown as EntityName;
  names.push(clean);
}

/**
 * Reads the "@de" / "@en" suffix of the hand-written lists: "Island@en" is ambiguous only on English
 * pages, an alias "Merck@de" belongs to German pages.
 */
export function splitLang(entry: string): { text: string; lang?: 'de' | 'en' } {
  const m = /^(.*)@(de|en)$/.exec(entry);
  return m ? { text: m[1]!, lang: m[2] as 'de' | 'en' } : { text: entry };
}

/** The ambiguity of `text` from a list of "Name" or "Name@lang" entries. */
export function ambiguityOf(text: string, list: readonly string[] | undefined): boolean | 'de' | 'en' | undefined {
  for (const entry of list ?? []) {
    const { text: t, lang } = splitLang(entry);
    if (t === text) return lang ?? true;
  }
  return undefined;
}
