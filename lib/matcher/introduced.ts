/**
 * Companies nobody listed, found where the text itself says that a name is a company, as news
 * introduces them: a company noun right before the name ("Fensterbauer Meeth", "das Software-Start-up
 * Camunda", "Maschinenfabrik Bermatingen"), or a legal form right after it ("Helmut Meeth GmbH & Co.
 * KG"). Once introduced, the bare name is that company everywhere on the page ("… Meeth hat …").
 * Precision first: one or two capitalised words only, never a word the dictionary already marks,
 * and nouns that also name people's jobs (Berater, Gründer, Investor) do not introduce anything.
 */
import { CAPITAL_LETTER, CHAR_HYPHEN, CHAR_SPACE, CLASS, CLASS_WORD, FOLD, LETTER } from './chars';
import { LEGAL_FORMS_AS_WRITTEN } from './evidence-words';
import { byTail, endsWithOneOf, tailKey, tailTable } from './tails';
import type { Spot } from './spot-types';
import type { Lang } from '../kb/types';

/** Endings of German nouns that call what follows a company ("Chiphersteller", "Start-up"). */
const COMPANY_NOUN_ENDINGS = [
  'hersteller',
  'herstellers',
  'konzern',
  'konzerns',
  'zulieferer',
  'zulieferers',
  'versicherer',
  'versicherers',
  'händler',
  'händlers',
  'dienstleister',
  'dienstleisters',
  'produzent',
  'produzenten',
  'anbieter',
  'anbieters',
  'maschinenbauer',
  'maschinenbauers',
  'fensterbauer',
  'fensterbauers',
  'autobauer',
  'autobauers',
  'anlagenbauer',
  'anlagenbauers',
  'flugzeugbauer',
  'flugzeugbauers',
  'schiffbauer',
  'fahrzeugbauer',
  'start-up',
  'startup',
  'reederei',
  'brauerei',
  'kanzlei',
  'fabrik',
  'werft',
  'discounter',
  'discounters',
  'onlinehändler',
  'versandhändler',
  'analysehaus',
  'handelshaus',
  'bankhaus',
  'auktionshaus',
  'modehaus',
  'softwarehaus',
  'chipkonzern',
  'fintech',
  'insurtech',
  'biotech',
  'robo-advisor',
  'unternehmen',
  'familienunternehmen',
  'traditionsunternehmen',
  'firma',
  'firmen',
  'manufaktur',
];
/** Compounds with those endings that name a person's trade or a thing, not a company. */
const NOT_COMPANY_NOUNS = new Set([
  'filmproduzent',
  'musikproduzent',
  'fernsehproduzent',
  'geigenbauer',
  'orgelbauer',
  'kunsthändler',
  'drogenhändler',
  'waffenhändler',
  'unternehmen',
]);
/** A company noun that belongs to the name it introduces ("Maschinenfabrik Bermatingen"). */
const NAME_FORMING = /fabrik$/i;

/** Words a name never starts with: determiners, pronouns, prepositions, conjunctions written with a capital. */
const NOT_A_NAME = new Set([
  'Der',
  'Die',
  'Das',
  'Des',
  'Dem',
  'Den',
  'Ein',
  'Eine',
  'Einer',
  'Einem',
  'Einen',
  'Im',
  'In',
  'Am',
  'An',
  'Auf',
  'Aus',
  'Bei',
  'Mit',
  'Nach',
  'Von',
  'Vor',
  'Zum',
  'Zur',
  'Und',
  'Oder',
  'Aber',
  'Er',
  'Sie',
  'Es',
  'Wir',
  'Ihr',
  'Man',
  'Auch',
  'Chef',
  'Chefin',
  'Gründer',
  'Sprecher',
  'Sprecherin',
  'Mitarbeiter',
  'Aktie',
  'Aktien',
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
  'Deutschland',
  'Europa',
  'Kunden',
  'Gewinn',
  'Gewinne',
  'Umsatz',
  'Geld',
  'Millionen',
  'Milliarden',
  'Anteile',
  'Aktionäre',
  'Investoren',
  'Stellen',
  'Jobs',
  'Arbeitsplätze',
  'Angaben',
  'Berichten',
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'This',
  'That',
  'Its',
  'On',
  'At',
  'For',
  'And',
  'Or',
  'But',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Chairman',
  'Chief',
  'President',
  'Executive',
  'Director',
  'CEO',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'June',
  'July',
  'October',
  'December',
]);

/** Endings of German abstract and common nouns, which a name after "die Firma" is not: "Insolvenz", "Zahlung". */
const COMMON_NOUN_ENDING = /\p{L}{2}(ung|ungen|heit|keit|schaft|ion|ionen|tät|nis|enz|anz|ismus|ik)$/u;

/** A word of a name: a capital, then letters, digits and inner hyphens, dots or apostrophes ("E.on", "Hapag-Lloyd"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}]*(?:[-.'’&][\p{L}\p{N}]+)*$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The endings' last three letters (tails.ts): one lookup with the folded text rules out most words. */
const TAILS = tailTable(COMPANY_NOUN_ENDINGS);
const ENDINGS_BY_TAIL = byTail(COMPANY_NOUN_ENDINGS);
// Keyed by the lower-cased word's own letters (FOLD and toLowerCase differ for a few): an ending it has shares them.
const endsAsCompanyNoun = (word: string) => {
  const lower = word.toLowerCase();
  return endsWithOneOf(lower, ENDINGS_BY_TAIL) && !NOT_COMPANY_NOUNS.has(lower);
};

/**
 * The capitalised word that ends at `end` (a space follows it) if it ends like a company noun, read
 * backwards with the matcher's character tables. A word has inner hyphens ("Software-Start-up") and
 * follows no hyphen; one whose first part is in lower case ("e-Autobauer") is none.
 */
function companyNounBefore(text: string, end: number): Word | undefined {
  // Five letters at least, the last three like an ending's: one lookup rules out most words.
  if (end < 5 || CLASS[text.charCodeAt(end - 1)] !== CLASS_WORD) return undefined;
  if (!TAILS[tailKey(FOLD[text.charCodeAt(end - 3)]!, FOLD[text.charCodeAt(end - 2)]!, FOLD[text.charCodeAt(end - 1)]!)]) return undefined;
  let start = end - 1;
  for (;;) {
    while (start > 0 && CLASS[text.charCodeAt(start - 1)] === CLASS_WORD) start--;
    if (start < 2 || text.charCodeAt(start - 1) !== CHAR_HYPHEN || CLASS[text.charCodeAt(start - 2)] !== CLASS_WORD) break;
    start -= 2;
  }
  if (end - start < 5 || LETTER[text.charCodeAt(start)] !== CAPITAL_LETTER || text.charCodeAt(start - 1) === CHAR_HYPHEN) return undefined;
  const word = text.slice(start, end);
  // In capitals ("DEUTSCHE FIRMEN HOFFEN"), a headline's words: no apposition to read.
  return endsAsCompanyNoun(word) && word !== word.toUpperCase() ? { text: word, start, end } : undefined;
}

/** The candidates scanBlock finds in a block; the lists are reused from block to block. */
interface BlockFinds {
  /** Company nouns right before a capitalised word: "Fensterbauer Meeth". */
  nouns: Word[];
  /** Spaces a designator may follow: " Capital", " Gruppe". */
  designators: number[];
  /** Spaces a legal form may follow: " GmbH", " plc". */
  forms: number[];
  /** Hyphens a company compound's head may follow: "-Gruppe", "-Aktie" (a hyphen and a capital). */
  heads: number[];
}
const finds: BlockFinds = { nouns: [], designators: [], forms: [], heads: [] };

/**
 * The candidates of the rules below, in one pass over a block's spaces and one over its hyphens
 * (native indexOf finds them): the company nouns, designators and legal forms each come after a
 * space, a compound's head after a hyphen. A character loop over every block and a RegExp scan per
 * rule each cost more than the rest of this stage; the RegExps now run only where a candidate is,
 * anchored (sticky) there.
 */
function scanBlock(text: string): BlockFinds {
  // Emptied only where needed: setting an array's length is a call of its own, and most blocks find nothing.
  if (finds.nouns.length) finds.nouns.length = 0;
  if (finds.designators.length) finds.designators.length = 0;
  if (finds.forms.length) finds.forms.length = 0;
  if (finds.heads.length) finds.heads.length = 0;
  for (let s = text.indexOf(' '); s >= 0; s = text.indexOf(' ', s + 1)) {
    const next = text.charCodeAt(s + 1);
    if (FORM_START[pairKey(next, text.charCodeAt(s + 2))]) finds.forms.push(s);
    if (LETTER[next] !== CAPITAL_LETTER) continue;
    if (DESIGNATOR_INITIAL[next] && DESIGNATORS_BY_INITIAL.get(next)!.some((d) => text.startsWith(d, s + 1))) finds.designators.push(s);
    const noun = companyNounBefore(text, s);
    if (noun) finds.nouns.push(noun);
  }
  // Every head starts with a capital.
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1))
    if (LETTER[text.charCodeAt(h + 1)] === CAPITAL_LETTER) finds.heads.push(h);
  return finds;
}

/**
 * The matches of `re` (sticky) at the positions given in order, without overlaps: what matchAll
 * of the same RegExp without the sticky flag finds, when every match starts at one of them.
 */
function* matchesAt(text: string, re: RegExp, positions: readonly number[]): Generator<RegExpExecArray> {
  let end = 0;
  for (const at of positions) {
    if (at < end) continue;
    re.lastIndex = at;
    const hit = re.exec(text);
    if (!hit) continue;
    end = at + hit[0].length;
    yield hit;
  }
}

/** A legal form's telltale: two capitals in a row, or "Inc", "Corp", "plc" and the like after a space. */
const FORM_HINT = / (?:[A-Z][A-Z./&]|Inc|Corp|Co[ .,]|Ltd|plc|SpA|Oyj|GmbH|KGaA)/;
/** Where a legal form can be, after a space (sticky: tried where scanBlock found a candidate). */
const FORM_AT = new RegExp(
  ` (?:${[...LEGAL_FORMS_AS_WRITTEN]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'uy',
);
/** A small hash of two code units, for the table of the legal forms' first two characters. */
const pairKey = (a: number, b: number) => (Math.imul(a, 31) + b) & 0xffff;
/** The legal forms' first two characters, hashed: a space not followed by any is no form's. */
const FORM_START = new Uint8Array(0x10000);
for (const f of LEGAL_FORMS_AS_WRITTEN) FORM_START[pairKey(f.charCodeAt(0), f.charCodeAt(1))] = 1;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|&/uy;

/** The words after `at`, each separated from the one before by one space, at most `n`. */
function wordsAfter(text: string, at: number, n: number): Word[] {
  const out: Word[] = [];
  let pos = at;
  while (out.length < n && text[pos] === ' ') {
    WORD.lastIndex = pos + 1;
    const m = WORD.exec(text);
    if (!m) break;
    out.push({ text: m[0], start: pos + 1, end: pos + 1 + m[0].length });
    pos = pos + 1 + m[0].length;
  }
  return out;
}

/** The words before `at` (a space before each), nearest first, at most `n`. */
function wordsBefore(text: string, at: number, n: number): Word[] {
  const out: Word[] = [];
  let end = at;
  while (out.length < n && end > 0) {
    let start = end;
    // Back over word characters and the inner . ' ’ & - of a name ("E.on", "Lang & Schwarz" is two words).
    while (
      start > 0 &&
      (CLASS[text.charCodeAt(start - 1)] === CLASS_WORD ||
        (INNER.has(text.charCodeAt(start - 1)) && start - 1 > 0 && CLASS[text.charCodeAt(start - 2)] === CLASS_WORD && start < end))
    )
      start--;
    if (start === end) {
      if (text.charCodeAt(end - 1) === 0x26 /* & */) start = end - 1;
      else break;
    }
    out.push({ text: text.slice(start, end), start, end });
    if (text.charCodeAt(start - 1) !== CHAR_SPACE) break;
    end = start - 1;
  }
  return out;
}
/** Inner characters of a name word: . ' ’ - */
const INNER = new Set([0x2e, 0x27, 0x2019, CHAR_HYPHEN]);

const isNameWord = (w: Word | undefined): w is Word => !!w && NAME_WORD.test(w.text) && !NOT_A_NAME.has(w.text);
/** A name word that is no German common noun by its ending, for names after a noun ("die Firma Insolvenz …"). */
const isAppositionWord = (w: Word | undefined): w is Word => isNameWord(w) && !COMMON_NOUN_ENDING.test(w.text);

/** English nouns that introduce a company's name right after them, in lower case: "drugmaker Shire". */
const ENGLISH_NOUN =
  /(?<![\p{L}\p{N}-])((?:drug ?|car|auto|chip|steel)?makers?|retailers?|chains?|eatery|eateries|lenders?|insurers?|compan(?:y|ies)|firms?|conglomerates?|rivals?|start-?ups?|manufacturers?|suppliers?|producers?) (?=\p{Lu})/gu;
/** A cheap test before the RegExp: most German blocks have none of these. */
const ENGLISH_HINT = /(?:maker|retailer|chain|eater|lender|insurer|compan|firm|conglomerate|rival|start|manufacturer|supplier|producer)/;

/** Words only a firm's name ends in: "NGP Capital", "Razor Group", "Weiß Gruppe". */
const DESIGNATORS = ['Capital', 'Ventures', 'Partners', 'Pharmaceuticals', 'Technologies', 'Holdings', 'Group', 'Gruppe'];
/** A designator after a space (sticky: tried where scanBlock found one). */
const DESIGNATOR = new RegExp(` (?:${DESIGNATORS.join('|')})(?![\\p{L}\\p{N}-])`, 'uy');
/** The designators by their first character, for scanBlock: most capitalised words start with none of them. */
const DESIGNATORS_BY_INITIAL = new Map<number, string[]>();
const DESIGNATOR_INITIAL = new Uint8Array(0x10000);
for (const d of DESIGNATORS) {
  DESIGNATORS_BY_INITIAL.set(d.charCodeAt(0), [...(DESIGNATORS_BY_INITIAL.get(d.charCodeAt(0)) ?? []), d]);
  DESIGNATOR_INITIAL[d.charCodeAt(0)] = 1;
}

/** Heads of hyphen compounds that only a company's name takes: "Ziegler-Gruppe", "Movinga-Geschäftsführer". */
const COMPANY_COMPOUND_HEAD =
  /-(Gruppe|Aktien?|Aktionär(?:e|en)?|Gründer(?:in)?|Geschäftsführer(?:in)?|Tochter(?:unternehmens?|firma|gesellschaft)?|Firma|Insolvenz|Konzerns?)(?![\p{L}\p{N}])/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMPOUND_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{N}]*$/u;

/**
 * "Ziegler-Gruppe": the name before a company head, a whole word with a capital. The RegExp finds the
 * head and the name is read backwards from it: one RegExp with the name first tried every position
 * of the text (a third of the spotting stage's time on a long page).
 */
function* companyCompounds(text: string, heads: readonly number[]): Generator<{ index: number; name: string; head: string }> {
  for (const hit of matchesAt(text, COMPANY_COMPOUND_HEAD, heads)) {
    let start = hit.index;
    while (start > 0 && LETTER_OR_DIGIT.test(text.charAt(start - 1))) start--;
    const name = text.slice(start, hit.index);
    if (!COMPOUND_NAME.test(name) || (start > 0 && /[.'’&-]/.test(text.charAt(start - 1)))) continue;
    yield { index: start, name, head: hit[1]! };
  }
}

/** Modifiers that make such compounds of a common noun: "Auto-Konzern", "Tech-Aktien", "Familien-Firma". */
const GENERIC_MODIFIERS = new Set(
  (
    'Auto Tech Energie Chemie Pharma Medien Software Internet Online Staats Bank Banken Finanz Handels Mode Familien Rüstungs ' +
    'Bau Industrie Versicherungs Immobilien Stahl Öl Gas Strom Solar Agrar Lebensmittel Technologie Chip Dax Mutter Tochter ' +
    'Welt Euro Start Reise Medizin Biotech Fintech Krypto Mittelstands Traditions Konsum Elektro Batterie Wasserstoff Kohle ' +
    'Atom Luftfahrt Logistik Handy Telekom Partei Verbands Regierungs Terror Hightech Spitzen Blue Chip Standard Nebenwerte'
  ).split(' '),
);

/** A compound's first part that may be a company's name: not a common modifier or noun, not one of the words above. */
const compoundName = (name: string) =>
  name.length >= 3 && !GENERIC_MODIFIERS.has(name) && !NOT_A_NAME.has(name) && !COMMON_NOUN_ENDING.test(name) && !/s$/.test(name);

/**
 * Whether a name stands whole on the page twice ("Bayer" in "Bayer-Aktie" too), found with indexOf
 * in the blocks the first time each name is asked, stopping at the second: the names asked for are
 * few (company compounds), and counting every word of a long page took longer than the rest of this
 * stage. Block by block, not in the joined page: joining a long page's blocks cost more than the search.
 */
function namedTwiceOnPage(blocks: readonly string[]): (name: string) => boolean {
  const answers = new Map<string, boolean>();
  const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && CLASS[text.charCodeAt(i)] === CLASS_WORD;
  return (name) => {
    const known = answers.get(name);
    if (known !== undefined) return known;
    let count = 0;
    for (let b = 0; b < blocks.length && count < 2; b++) {
      const text = blocks[b]!;
      for (let at = text.indexOf(name); at >= 0 && count < 2; at = text.indexOf(name, at + 1))
        if (!isWordAt(text, at - 1) && !isWordAt(text, at + name.length)) count++;
    }
    answers.set(name, count >= 2);
    return count >= 2;
  };
}

// The RegExps the rules test are module constants, no literals in functions: bundlers that lower
// Unicode property escapes for older targets (esbuild) write `new RegExp(…)`, one object per call.
/** A superlative before a noun, which then describes ("der größte Batterieproduzent Nordamerikas"). */
const SUPERLATIVE = /\p{Ll}[sß]te[nrs]?$/u;
/** A genitive or plural ending: a noun before a name, not a name word ("des Risikokapitalgebers NGP"). */
const GENITIVE_OR_PLURAL = /\p{Ll}(s|en)$/u;

/** Whether a word starts a sentence (its capital then says nothing). */
const isSentenceStartWord = (text: string, start: number) => start === 0 || /[.!?:]\s*$/.test(text.slice(Math.max(0, start - 3), start));

/** What introduced a name: the company noun or the legal form, shown on the card. */
export interface Introduction {
  name: string;
  said: string;
}

/**
 * The introduced companies of a page's blocks, as spots with provisional ids (`new:<name>`), and what
 * introduced each. `taken` are the spots already made per block: nothing overlaps them. `knownAt`
 * names the known company the dictionary found at exactly the name's span but dropped for want of
 * evidence ("the burger chain Byron": the introduction is the evidence).
 */
export function introducedCompanies(
  blocks: readonly string[],
  taken: readonly (readonly Spot[])[],
  knownAt: (block: number, start: number, end: number) => string | undefined = () => undefined,
  /** The page's language: on a German page the English appositions ("the lender Barclays") are not looked for. */
  lang?: Lang,
): { spots: Spot[][]; introductions: Map<string, Introduction>; replaced: Set<Spot> } {
  const introductions = new Map<string, Introduction>();
  const found: Spot[][] = blocks.map(() => []);
  const namedTwice = namedTwiceOnPage(blocks);
  /** Known spots a longer introduced name stands in for: "Flabeg Germany" is not the country, "Google Ventures" not Google. */
  const replaced = new Set<Spot>();
  /** Shorter forms of introduced names, marked like them later on the page ("New River" for "New River Pharmaceuticals"). */
  const shortForms = new Map<string, string>();
  const overlapping = (b: number, start: number, end: number) =>
    [...taken[b]!, ...found[b]!].filter((s) => s.start < end && start < s.end && !replaced.has(s));
  const free = (b: number, start: number, end: number) => overlapping(b, start, end).length === 0;
  const add = (b: number, start: number, end: number, name: string, said: string, nameStart = start) => {
    // A name the dictionary marks there is a known entity, with its own rules for bare mentions;
    // only a country word after the name's first word is part of it ("Flabeg Germany", "Infineon Austria").
    const inside = overlapping(b, start, end);
    if (inside.some((o) => o.type !== 'country' || o.start <= nameStart || o.end > end)) return;
    for (const o of inside) replaced.add(o);
    // A provisional id for this page, the name as the text writes it, unless the dictionary knows it.
    const entityId = knownAt(b, nameStart, end) ?? `new:${name}`;
    if (!introductions.has(entityId)) introductions.set(entityId, { name, said });
    found[b]!.push({ start, end, entityId, type: 'company' });
  };
  blocks.forEach((text, b) => {
    const { nouns, designators, forms, heads } = scanBlock(text);
    // "Fensterbauer Meeth", "das Software-Start-up Camunda": one or two name words after the noun
    // (scanBlock finds only nouns with a space and a capital after them).
    for (const hit of nouns) {
      const noun = hit.text;
      const nounEnd = hit.end;
      // After a superlative the noun describes ("der größte Batterieproduzent Nordamerikas"): no apposition.
      if (SUPERLATIVE.test(wordsBefore(text, hit.start - 1, 1)[0]?.text ?? '')) continue;
      const [first, second, third, fourth] = wordsAfter(text, nounEnd, 4);
      if (!isAppositionWord(first)) continue;
      let last = first;
      if (second?.text === '&' && isNameWord(third)) last = third;
      else if (isAppositionWord(second) && !(third && NAME_WORD.test(third.text))) last = second;
      // A run of capitalised words longer than that is a sentence's nouns, not one name.
      const after = last === first ? second : last === second ? third : fourth;
      if (after && NAME_WORD.test(after.text) && after.text !== '&') continue;
      const start = NAME_FORMING.test(noun) ? hit.start : first.start;
      add(b, start, last.end, text.slice(first.start, last.end), noun, first.start);
    }
    // English: "drug maker New River Pharmaceuticals", "rival Barclays", "diner chains Prezzo, Wasabi and Azzurri".
    if (lang !== 'de' && ENGLISH_HINT.test(text))
      for (const hit of text.matchAll(ENGLISH_NOUN)) {
        const words = wordsAfter(text, hit.index + hit[0].length - 1, 4);
        let n = 0;
        while (n < words.length && n < 3 && isNameWord(words[n])) n++;
        if (n === 0 || (n < words.length && isNameWord(words[n]))) continue;
        const last = words[n - 1]!;
        add(b, words[0]!.start, last.end, text.slice(words[0]!.start, last.end), hit[1]!, words[0]!.start);
        // A plural noun introduces a list: ", Wasabi and Azzurri".
        if (!/s$/.test(hit[1]!)) continue;
        let at = last.end;
        for (let more = 0; more < 4; more++) {
          const link = /^(?:, | and | & )/.exec(text.slice(at, at + 5));
          if (!link) break;
          const next = wordsAfter(text, at + link[0].length - 1, 2);
          if (!isNameWord(next[0]) || NOT_A_NAME.has(next[0].text)) break;
          const end = isNameWord(next[1]) ? next[1].end : next[0].end;
          add(b, next[0].start, end, text.slice(next[0].start, end), hit[1]!, next[0].start);
          at = end;
        }
      }
    // "NGP Capital", "BMP Ventures", "Razor Group", "Weiß Gruppe": a name with a word only firms have.
    if (designators.length)
      for (const hit of matchesAt(text, DESIGNATOR, designators)) {
        const names = wordsBefore(text, hit.index, 3);
        let n = 0;
        // Two words at most, the farther one short and without a genitive or plural ending ("New River", not
        // "des Risikokapitalgebers NGP": a noun before the name ends it).
        let noun = false;
        while (n < names.length && n < 2 && isNameWord(names[n]) && !COMMON_NOUN_ENDING.test(names[n]!.text)) {
          if (n === 1 && (names[n]!.text.length > 10 || GENITIVE_OR_PLURAL.test(names[n]!.text))) {
            noun = true;
            break;
          }
          n++;
        }
        if (n === 0 || (!noun && n < names.length && isNameWord(names[n]) && !isSentenceStartWord(text, names[n - 1]!.start))) continue;
        const first = names[n - 1]!;
        const end = hit.index + hit[0].length;
        // "Google Ventures", "Siemens Capital": a fund or unit of its own, not the company it is named after.
        if (/^ (?:Ventures|Capital)$/.test(hit[0]))
          for (const o of taken[b]!) if (o.type === 'company' && o.start === first.start && o.end === names[0]!.end) replaced.add(o);
        const name = text.slice(first.start, end);
        add(b, first.start, end, name, hit[0].slice(1), first.start);
        if (n === 2 && /^ (?:Pharmaceuticals|Technologies|Holdings)$/.test(hit[0]))
          shortForms.set(text.slice(first.start, hit.index), `new:${name}`);
      }
    // "Ziegler-Gruppe", "Movinga-Geschäftsführer": a name in compounds only a company makes, named twice on the page.
    if (heads.length)
      for (const { index, name, head } of companyCompounds(text, heads)) {
        if (!compoundName(name) || !namedTwice(name)) continue;
        add(b, index, index + name.length, name, head, index);
      }
    // "Helmut Meeth GmbH & Co. KG": up to three name words right before a legal form.
    // Most blocks name no legal form: a cheap test before the RegExp of all of them.
    if (!forms.length || !FORM_HINT.test(text)) return;
    for (const hit of matchesAt(text, FORM_AT, forms)) {
      const names = wordsBefore(text, hit.index, 3);
      let n = 0;
      while (n < names.length && isNameWord(names[n])) n++;
      if (n === 0) continue;
      const first = names[n - 1]!;
      add(b, first.start, hit.index + hit[0].length, text.slice(first.start, names[0]!.end), hit[0].slice(1));
    }
  });
  // Introduced once, the bare name is the company everywhere on the page (one scan per block).
  const byName = new Map([...introductions].map(([id, { name }]) => [name, id]));
  for (const [form, id] of shortForms) if (!byName.has(form)) byName.set(form, id);
  if (byName.size) {
    const anyName = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...byName.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    blocks.forEach((text, b) => {
      for (const hit of text.matchAll(anyName)) {
        const end = hit.index + hit[0].length;
        if (free(b, hit.index, end)) found[b]!.push({ start: hit.index, end, entityId: byName.get(hit[0])!, type: 'company' });
      }
      found[b]!.sort((x, y) => x.start - y.start);
    });
  }
  return { spots: found, introductions, replaced };
}
