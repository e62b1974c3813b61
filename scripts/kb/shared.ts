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

/** Adds a name unless the same text is already there; drops undefined flags to keep the JSON small. */
export function pushName(names: EntityName[], name: EntityName): void {
  if (names.some((n) => n.text === name.text)) return;
  const clean = Object.fromEntries(Object.entries(name).filter(([, v]) => v !== undefined)) as unknown as EntityName;
  names.push(clean);
}
