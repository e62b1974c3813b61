/**
 * Companies nobody listed, found where the text itself says that a name is a company, as news
 * introduces them: a company noun right before the name ("Fensterbauer Meeth", "das Software-Start-up
 * Camunda", "Maschinenfabrik Bermatingen"), or a legal form right after it ("Helmut Meeth GmbH & Co.
 * KG"). Once introduced, the bare name is that company everywhere on the page ("… Meeth hat …").
 * Precision first: one or two capitalised words only, never a word the dictionary already marks,
 * and nouns that also name people's jobs (Berater, Gründer, Investor) do not introduce anything.
 */
import { LEGAL_FORMS_AS_WRITTEN } from './evidence-words';
import type { Spot } from './spot';

/** Endings of German nouns that call what follows a company ("Chiphersteller", "Start-up"). */
const COMPANY_NOUN_ENDINGS = [
  'hersteller', 'herstellers', 'konzern', 'konzerns', 'zulieferer', 'zulieferers', 'versicherer', 'versicherers',
  'händler', 'händlers', 'dienstleister', 'dienstleisters', 'produzent', 'produzenten', 'anbieter', 'anbieters',
  'maschinenbauer', 'maschinenbauers', 'fensterbauer', 'fensterbauers', 'autobauer', 'autobauers', 'anlagenbauer',
  'anlagenbauers', 'flugzeugbauer', 'flugzeugbauers', 'schiffbauer', 'fahrzeugbauer', 'start-up', 'startup',
  'reederei', 'brauerei', 'kanzlei', 'fabrik', 'werft', 'discounter', 'discounters', 'onlinehändler', 'versandhändler',
  'analysehaus', 'handelshaus', 'bankhaus', 'auktionshaus', 'modehaus', 'softwarehaus', 'chipkonzern', 'fintech',
  'insurtech', 'biotech', 'robo-advisor', 'unternehmen', 'familienunternehmen', 'traditionsunternehmen',
];
/** Compounds with those endings that name a person's trade or a thing, not a company. */
const NOT_COMPANY_NOUNS = new Set(['filmproduzent', 'musikproduzent', 'fernsehproduzent', 'geigenbauer', 'orgelbauer', 'kunsthändler', 'drogenhändler', 'waffenhändler', 'unternehmen']);
/** A company noun that belongs to the name it introduces ("Maschinenfabrik Bermatingen"). */
const NAME_FORMING = /fabrik$/i;

/** Words a name never starts with: determiners, pronouns, prepositions, conjunctions written with a capital. */
const NOT_A_NAME = new Set([
  'Der', 'Die', 'Das', 'Des', 'Dem', 'Den', 'Ein', 'Eine', 'Einer', 'Einem', 'Einen', 'Im', 'In', 'Am', 'An', 'Auf', 'Aus',
  'Bei', 'Mit', 'Nach', 'Von', 'Vor', 'Zum', 'Zur', 'Und', 'Oder', 'Aber', 'Er', 'Sie', 'Es', 'Wir', 'Ihr', 'Man', 'Auch',
  'Chef', 'Chefin', 'Gründer', 'Sprecher', 'Sprecherin', 'Mitarbeiter', 'Aktie', 'Aktien', 'Januar', 'Februar', 'März',
  'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Deutschland', 'Europa',
]);

/** A word of a name: a capital, then letters, digits and inner hyphens, dots or apostrophes ("E.on", "Hapag-Lloyd"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}]*(?:[-.'’][\p{L}\p{N}]+)*$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|&/gu)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isCompanyNoun = (w: string) => {
  const lower = w.toLowerCase();
  if (NOT_COMPANY_NOUNS.has(lower) || !/^\p{Lu}/u.test(w)) return false;
  return COMPANY_NOUN_ENDINGS.some((e) => lower.endsWith(e));
};
const isNameWord = (w: Word | undefined): w is Word => !!w && NAME_WORD.test(w.text) && !NOT_A_NAME.has(w.text);

/** What introduced a name: the company noun or the legal form, shown on the card. */
export interface Introduction {
  name: string;
  said: string;
}

/**
 * The introduced companies of a page's blocks, as spots with provisional ids (`new:<name>`), and what
 * introduced each. `taken` are the spots already made per block: nothing overlaps them.
 */
export function introducedCompanies(blocks: readonly string[], taken: readonly (readonly Spot[])[]): { spots: Spot[][]; introductions: Map<string, Introduction> } {
  const introductions = new Map<string, Introduction>();
  const found: Spot[][] = blocks.map(() => []);
  const free = (b: number, start: number, end: number) => ![...taken[b]!, ...found[b]!].some((s) => s.start < end && start < s.end);
  const add = (b: number, start: number, end: number, name: string, said: string) => {
    // A name the dictionary marks there is a known entity, with its own rules for bare mentions.
    if (!free(b, start, end)) return;
    // A provisional id for this page: the name as the text writes it (not a knowledge-base id).
    const entityId = `new:${name}`;
    if (!introductions.has(entityId)) introductions.set(entityId, { name, said });
    found[b]!.push({ start, end, entityId, type: 'company' });
  };
  blocks.forEach((text, b) => {
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      // "Fensterbauer Meeth", "das Software-Start-up Camunda": one or two name words after the noun.
      // After a superlative the noun describes ("der größte Batterieproduzent Nordamerikas"): no apposition.
      const describes = /\p{Ll}[sß]te[nrs]?$/u.test(ws[i - 1]?.text ?? '');
      if (!describes && isCompanyNoun(w.text) && text.slice(w.end, ws[i + 1]?.start) === ' ' && isNameWord(ws[i + 1])) {
        const first = ws[i + 1]!;
        let last = first;
        const second = ws[i + 2];
        const third = ws[i + 3];
        if (isNameWord(second) && text.slice(first.end, second.start) === ' ' && !(third && NAME_WORD.test(third.text) && text.slice(second.end, third.start) === ' ')) last = second;
        else if (second?.text === '&' && isNameWord(third)) last = third;
        // A run of capitalised words longer than that is a sentence's nouns, not one name.
        const after = ws[ws.indexOf(last) + 1];
        if (after && NAME_WORD.test(after.text) && text.slice(last.end, after.start) === ' ' && last === first && second?.text !== '&') continue;
        const start = NAME_FORMING.test(w.text) ? w.start : first.start;
        const name = text.slice(first.start, last.end);
        add(b, start, last.end, name, w.text);
        continue;
      }
      // "Helmut Meeth GmbH & Co. KG": up to three name words right before a legal form.
      for (const form of LEGAL_FORMS_AS_WRITTEN) {
        if (form.length < 2 || !text.startsWith(form, w.start) || text[w.start - 1] !== ' ') continue;
        if (!/^(?:$|[^\p{L}\p{N}])/u.test(text.slice(w.start + form.length, w.start + form.length + 1))) continue;
        let j = i - 1;
        while (j >= 0 && i - j <= 3 && isNameWord(ws[j]) && text.slice(ws[j]!.end, ws[j + 1]!.start) === ' ') j--;
        if (j === i - 1) break;
        const first = ws[j + 1]!;
        const name = text.slice(first.start, ws[i - 1]!.end);
        add(b, first.start, w.start + form.length, name, form);
        break;
      }
    }
  });
  // Introduced once, the bare name is the company everywhere on the page.
  const names = [...introductions].map(([id, { name }]) => ({ id, name }));
  if (names.length) {
    blocks.forEach((text, b) => {
      for (const { id, name } of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const end = at + name.length;
          if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
          if (free(b, at, end)) found[b]!.push({ start: at, end, entityId: id, type: 'company' });
        }
      }
      found[b]!.sort((x, y) => x.start - y.start);
    });
  }
  return { spots: found, introductions };
}
