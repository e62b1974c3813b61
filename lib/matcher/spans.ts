/**
 * Last adjustments of the kept mentions' spans, as a careful reader would mark them: a company's
 * legal form after its name belongs to the mention ("Samsung Electronics Co Ltd", "Siemens AG"), and
 * a company name with a country word after it is the name of a subsidiary ("Infineon Austria",
 * "GM Korea"): neither the parent nor the country is meant, so neither is marked.
 */
import { LEGAL_FORMS_AS_WRITTEN as LEGAL_FORMS } from './evidence-words';
import type { Mention } from './matcher';

/** A legal form ends where a word does: "AG" in "AG," but not in "AGs" or "Agenda". */
const AFTER_FORM = /^(?:$|[^\p{L}\p{N}])/u;

/** The length of the legal form right after `end` (one space between), or 0. */
const FIRST_CHARS = new Set(LEGAL_FORMS.map((f) => f.charCodeAt(0)));

function legalFormAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20 || !FIRST_CHARS.has(text.charCodeAt(end + 1))) return 0;
  for (const form of LEGAL_FORMS) {
    if (text.startsWith(form, end + 1) && AFTER_FORM.test(text.slice(end + 1 + form.length, end + 3 + form.length))) return 1 + form.length;
  }
  return 0;
}

/** A capital first (a module constant: bundlers may lower a literal in a function to one `new RegExp` per call). */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** A country's own name (not an adjective), capitalised as a name is. */
const isCountryName = (m: Mention, text: string) =>
  m.type === 'country' &&
  !m.compound &&
  (m.kind === 'canonical' || m.kind === 'alias' || m.kind === 'short') &&
  CAPITAL_FIRST.test(text.slice(m.start, m.start + 1));

export function refineSpans(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (m.type === 'company' && next && next.start === m.end + 1 && text[m.end] === ' ' && isCountryName(next, text)) {
      i++;
      continue;
    }
    const form = m.type === 'company' && m.possessive === 0 ? legalFormAfter(text, m.end) : 0;
    out.push(form ? { ...m, end: m.end + form } : m);
  }
  return out;
}
