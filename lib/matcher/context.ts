/**
 * Context rules: what a careful reader uses to decide whether a dictionary hit is a mention.
 * Precision first: when the evidence is not there, the hit is dropped.
 *
 * 1. A country name at the head of an English organisation name ("China Electricity Council",
 *    "Bank of Japan") is not a country mention.
 * 2. A country adjective inside a proper name ("Deutsche Welle", "American Airlines") is not one.
 * 3. An ambiguous name ("Allianz", "Shell", "Georgia") needs evidence: a legal form after it, a
 *    company word around it ("Allianz-Chef", "der Versicherer Allianz"), company or market words in
 *    the same sentence, or the same entity named unambiguously elsewhere on the page. Directly after
 *    a capitalised word ("Michael Jordan", "Unter den Linden") it is part of another name; after
 *    "per" ("per Post") it is a common noun.
 * 4. A one-word company name right after a given name is a person's surname ("Jan Kemper",
 *    "Wolfgang Porsche"), ambiguous or not.
 */
import { CAPITAL_LETTER, CHAR_HYPHEN, CLASS, CLASS_WORD, isWhiteSpace, LETTER } from './chars';
import type { Mention } from './matcher';
import { COMPANY_COMPOUND_HEADS, COMPANY_NOUN_ENDINGS, CONTEXT_WORDS, LEGAL_FORMS, ORG_HEADS } from './evidence-words';
import { byTail, endsWithOneOf, tailKey, tailTable } from './tails';
import givenNames from './generated/given-names.json';

/** Common given names (scripts/kb/given-names.ts), as written: "Jan", "Wolfgang", "Carlo". */
const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames);
/** Their first letters. */
const GIVEN_INITIALS: ReadonlySet<number> = new Set(givenNames.map((n) => n.charCodeAt(0)));

/** How far (in words) an organisation head may follow a country name: "Japan Automobile Manufacturers Association". */
const ORG_HEAD_WINDOW = 4;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The local verdict on each hit of one block; `resolveVerdicts` then decides with the whole page. */
export function judgeBlock(text: string, hits: readonly Mention[]): Verdict[] {
  if (hits.length === 0) return [];
  // Asked only for hits that have a rule to apply: most blocks have none.
  let headline: boolean | undefined;
  const isHeadline = () => (headline ??= isHeadlineCase(text));
  return hits.map((m) => judge(text, m, hits, isHeadline));
}

/**
 * Final decisions for the page. An entity the page names by an unambiguous name ("Shell plc")
 * confirms its ambiguous mentions elsewhere on the page. So does an ambiguous name the page itself
 * calls a company ("der Pharmakonzern Bayer", "Bayer-Aktie") or names with evidence twice, but only
 * for mentions not right after an article: "der Großhändler Metro" says nothing about "mit der
 * Metro fahren" two sentences later.
 */
export function resolveVerdicts(hits: readonly Mention[][], verdicts: readonly Verdict[][], blocks?: readonly string[]): Mention[][] {
  // Only the entities with a mention waiting for evidence need the page's other mentions weighed:
  // on most pages a few, against some twenty thousand hits on a long one.
  let waiting: Set<string> | undefined;
  for (let b = 0; b < verdicts.length; b++) {
    const list = verdicts[b]!;
    for (let i = 0; i < list.length; i++) if (list[i] === 'needs-evidence') (waiting ??= new Set()).add(hits[b]![i]!.entityId);
  }
  const confirmed = new Set<string>();
  const named = new Set<string>();
  if (waiting) {
    const withEvidence = new Map<string, number>();
    for (let b = 0; b < verdicts.length; b++) {
      const list = verdicts[b]!;
      for (let i = 0; i < list.length; i++) {
        const m = hits[b]![i]!;
        if (!waiting.has(m.entityId)) continue;
        const verdict = list[i];
        if (verdict === 'keep' && !m.ambiguous) confirmed.add(m.entityId);
        if (verdict === 'named') named.add(m.entityId);
        if (verdict === 'keep' && m.ambiguous) withEvidence.set(m.entityId, (withEvidence.get(m.entityId) ?? 0) + 1);
      }
    }
    for (const [id, n] of withEvidence) if (n >= 2) named.add(id);
  }
  return hits.map((list, b) => {
    const judged = verdicts[b]!;
    // A block whose every hit is kept as it is (most blocks) keeps its list.
    if (judged.every((v) => v === 'keep' || v === 'named')) return list as Mention[];
    return list.filter((m, i) => {
      const verdict = judged[i]!;
      if (verdict === 'keep' || verdict === 'named') return true;
      if (verdict !== 'needs-evidence') return false;
      if (confirmed.has(m.entityId)) return true;
      const text = blocks?.[b];
      return named.has(m.entityId) && text !== undefined && m.type === 'company' && !asCommonNoun(text, m.start);
    });
  });
}

/** 'named': kept with evidence at the name itself (a legal form, a company noun or compound). */
export type Verdict = 'keep' | 'named' | 'drop' | 'needs-evidence';

function judge(text: string, m: Mention, blockHits: readonly Mention[], headline: () => boolean): Verdict {
  if (m.type === 'organisation') return 'keep';
  // "US-Dollar", "Hongkong-Dollar": a currency's name, not a mention of the country (the hyphen first: no slice for most).
  if (m.type === 'country' && text.charCodeAt(m.end) === CHAR_HYPHEN && CURRENCY_AFTER.test(text.slice(m.end, m.end + 10))) return 'drop';
  const isName = m.type === 'country' && !m.compound && (m.kind === 'canonical' || m.kind === 'alias' || m.kind === 'short');
  const isAdjective = m.kind === 'adjective' && !m.compound;
  if (m.type === 'company' && !m.compound && afterGivenName(text, m)) return 'drop';
  // Most hits are plain names with no rule to apply: decide those without looking around.
  if (!m.ambiguous && !isAdjective && (!isName || (!capitalisedWordFollows(text, m.end) && !text.endsWith('of ', m.start)))) return 'keep';

  const before = wordBefore(text, m.start);
  // In a headline set in title case or capitals, a capital says nothing: treat every word as a sentence start.
  // Asked last in the rules below, where the cheaper tests held: most hits never need it.
  let starts: boolean | undefined;
  const startsSentence = () => (starts ??= headline() || isSentenceStart(text, m.start));

  if (isName) {
    if (capitalisedWordFollows(text, m.end) && headsOrgName(text, m.end)) return 'drop';
    if (before?.text === 'of' && isCapitalised(wordBefore(text, before.start)?.text)) return 'drop';
  }

  if (isAdjective) {
    const nextCapitalised = capitalisedWordFollows(text, m.end);
    // "Deutsche Welle" mid-sentence: a lower-case adjective written with a capital is part of a name;
    // its bare stem with a capital is a language ("auf Deutsch", "Japanisch lernen").
    const capitalisedHere = !isCapitalised(m.form) && isCapitalised(text.charAt(m.start));
    if (capitalisedHere && nextCapitalised && !startsSentence()) return 'drop';
    if (capitalisedHere && /isch$|^deutsch$/.test(m.form) && !startsSentence()) return 'drop';
    // English adjectives are always capitalised: followed by a capitalised word mid-sentence, a name.
    if (m.lang === 'en' && nextCapitalised && !startsSentence() && !isAllCaps(text.slice(m.start, m.end))) return 'drop';
  }

  if (!m.ambiguous) return 'keep';
  // "Der Investor Index Ventures", "the lender Barclays": a common noun before the name it describes.
  if (
    m.type === 'company' &&
    blockHits.some((o) => o.type === 'company' && !o.ambiguous && o.start === m.end + 1 && /\s/.test(text.charAt(m.end)))
  )
    return 'drop';
  // "per Post", "per Bahn": after "per" a name is the service, a common noun, even where the page
  // names the company elsewhere ("DHL … wer per Post verschickt").
  if (before?.text === 'per') return 'drop';
  // "Post-Money-Bewertung", "Pre-Money": the start-up valuation, not a company.
  if (text.charCodeAt(m.end) === CHAR_HYPHEN && /^-[Mm]oney\b/.test(text.slice(m.end, m.end + 7))) return 'drop';
  // A foreign-language name that is a common word here ("Island" on an English page) is that word;
  // one that is ambiguous anyway ("Georgia" on a German page) needs the page to name the entity.
  if (m.foreign && m.wordInPageLang) return 'drop';
  if (m.foreign && m.type === 'country') return 'needs-evidence';
  if (m.type === 'company' && hasNameEvidence(text, m, before)) return 'named';
  // Right after a capitalised word that is not a sentence's first, part of another name:
  // "Michael Jordan", "Mercedes Sosa" comes after "Sängerin"… but "Die Allianz" is fine.
  // "Die Darmstädter Merck": a place's adjective after an article describes the name, it is not part of another one.
  if (before && isCapitalised(before.text) && !startsSentence() && !isSentenceStart(text, before.start) && !isPlaceAdjective(text, before))
    return 'drop';
  return hasContextEvidence(text, m, before, blockHits) ? 'keep' : 'needs-evidence';
}

/** "Jan Kemper": one space between a given name and a one-word name. */
function afterGivenName(text: string, m: Mention): boolean {
  // A word right before the space, or none to read.
  if (m.start < 4 || text.charCodeAt(m.start - 1) !== 32 || !isWordChar(text.charCodeAt(m.start - 2))) return false;
  for (let i = m.start; i < m.end; i++) if (CLASS[text.charCodeAt(i)] !== CLASS_WORD) return false;
  // wordBefore's word, read here without a word object: its first letter rules out most (every
  // company hit asks this, and the word before is mostly an article or a preposition).
  const end = m.start - 1;
  const limit = Math.max(0, m.start - 60);
  let start = end;
  while (start > limit && isWordChar(text.charCodeAt(start - 1))) start--;
  if (!GIVEN_INITIALS.has(text.charCodeAt(start))) return false;
  return GIVEN_NAMES.has(text.slice(start, text.charCodeAt(end - 1) === 0x2e ? end - 1 : end));
}

/** A currency named after a country, in a hyphen compound: "US-Dollar", "Taiwan-Dollars". */
const CURRENCY_AFTER = /^-(?:Dollar|Dollars|Cent|Cents)(?![\p{L}\p{N}])/u;

/** German articles before an attributive word: "die Darmstädter Merck", "des Münchner Konzerns". */
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'the', 'The']);

/** A capitalised word in -er after an article, the undeclined adjective of a place: "Darmstädter", "Ludwigshafener". */
function isPlaceAdjective(text: string, word: Word): boolean {
  return PLACE_ADJECTIVE.test(word.text) && ARTICLES.has(wordBefore(text, word.start)?.text ?? '');
}

// The RegExps with Unicode properties are module constants, no literals in functions: bundlers that
// lower them for older targets (esbuild) write `new RegExp(…)`, one object per call.
/** A lower-case letter and "er" at the end: "Darmstädter". */
const PLACE_ADJECTIVE = /\p{Ll}er$/u;
/** A declined adjective in lower case, between an indefinite article and a name: "einem neuen strategischen". */
const DECLINED_ADJECTIVE = /^\p{Ll}+(e|en|er|es|em)$/u;

/** A space (or no-break space) and then a word with a capital: "Japan Times", "Deutsche Welle". */
function capitalisedWordFollows(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return false;
  // ASCII without a string: only A–Z change when lower-cased.
  const code = text.charCodeAt(end + 1);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const next = text.charAt(end + 1);
  return next !== next.toLowerCase();
}

/** Evidence right at the name: a legal form, a company word in a compound or just before it. */
function hasNameEvidence(text: string, m: Mention, before: Word | undefined): boolean {
  const next = wordsAfter(text, m.end, 1)[0];
  if (next && LEGAL_FORMS.has(next.text) && /^[\s\u00a0]$/.test(text.charAt(m.end))) return true;
  if (text.charAt(m.end) === '-' && next && COMPANY_COMPOUND_HEADS.has(lowerStem(next.text))) return true;
  return !!before && isCompanyNoun(before.text);
}

function hasContextEvidence(text: string, m: Mention, before: Word | undefined, blockHits: readonly Mention[]): boolean {
  if (m.type === 'company' && coordinatedWithCompany(text, m, blockHits)) return true;
  if (m.type === 'company') {
    // Company or market words in the same sentence, not after an indefinite article ("ein Bayer",
    // "einem geeigneten Investor", "ein strategischer Investor"): then the name is a common noun.
    if (afterIndefiniteArticle(text, before)) return false;
    const [from, to] = sentenceAround(text, m.start, m.end);
    return hasEvidenceWord(text, from, to, m.start);
  }
  // A country: another country named without doubt in the same sentence ("Turkey and Syria").
  const [from, to] = sentenceAround(text, m.start, m.end);
  return blockHits.some((o) => o !== m && o.type === 'country' && !o.ambiguous && o.start >= from && o.end <= to);
}

const INDEFINITE = /^(ein|eine|einen|einem|einer|eines|a|an)$/i;
const GERMAN_INDEFINITE = /^(ein|eine|einen|einem|einer|eines)$/i;

/**
 * Where a name reads as a common noun, which a company named elsewhere on the page does not
 * confirm: after an article ("mit der Metro fahren") or a German indefinite one ("Ein Bayer aus dem
 * Allgäu"); the English "a Shire subsidiary" uses the name as an attribute.
 */
function asCommonNoun(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return ARTICLES.has(before?.text ?? '') || GERMAN_INDEFINITE.test(indefiniteArticleBefore(text, before));
}

/** An indefinite article right before, or before up to two declined adjectives: "ein großer", "einem neuen strategischen". */
function afterIndefiniteArticle(text: string, before: Word | undefined): boolean {
  return indefiniteArticleBefore(text, before) !== '';
}

/** The indefinite article of afterIndefiniteArticle, or ''. */
function indefiniteArticleBefore(text: string, before: Word | undefined): string {
  let word = before;
  for (let adjectives = 0; word; adjectives++) {
    if (INDEFINITE.test(word.text)) return word.text;
    if (adjectives === 2 || !DECLINED_ADJECTIVE.test(word.text)) return '';
    word = wordBefore(text, word.start);
  }
  return '';
}

/** "Bayer und Boehringer Ingelheim", "Zalando, Otto": listed next to a company named without doubt. */
function coordinatedWithCompany(text: string, m: Mention, blockHits: readonly Mention[]): boolean {
  return blockHits.some(
    (o) =>
      o !== m &&
      o.type === 'company' &&
      !o.ambiguous &&
      ((o.start >= m.end && isLink(text, m.end, o.start)) || (o.end <= m.start && isLink(text, o.end, m.start))),
  );
}

/** What lists names: a comma or a conjunction, with spaces. */
const LINK = /^(?:,|\s*&|\s+(?:und|and|oder|or|sowie|wie))\s+$/;

/** Whether [from, to) is a LINK; every LINK ends with a space, tested first so that most gaps are not sliced. */
function isLink(text: string, from: number, to: number): boolean {
  return to > from && isWhiteSpace(text.charCodeAt(to - 1)) && LINK.test(text.slice(from, to));
}

/** "China Electricity Council", "Japan Automobile Manufacturers Association", "Japan Times". */
function headsOrgName(text: string, end: number): boolean {
  for (const w of wordsAfter(text, end, ORG_HEAD_WINDOW)) {
    if (!isCapitalised(w.text) && w.text !== 'of' && w.text !== 'for' && w.text !== 'and' && w.text !== '&') return false;
    if (ORG_HEADS.has(w.text)) return true;
  }
  return false;
}

/** How far the word windows look: a few words, never a whole paragraph. */
const WINDOW_CHARS = 120;

/**
 * The first `count` words after `pos` in the sentence, within WINDOW_CHARS: runs of letters, digits,
 * "&" and "." (the "&" and "." inside names: "Mitsui & Co.", "N.V."), without a full stop at the end.
 * Read code unit by code unit: a slice, a search and a RegExp per call cost more than the rule.
 */
function wordsAfter(text: string, pos: number, count: number): Word[] {
  const end = Math.min(text.length, pos + WINDOW_CHARS);
  const out: Word[] = [];
  for (let i = pos; i < end && out.length < count;) {
    let n = windowWordChar(text, i, end);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += n;
    while (i < end && (n = windowWordChar(text, i, end)) > 0);
    out.push({ text: text.slice(start, text.charCodeAt(i - 1) === 0x2e ? i - 1 : i), start, end: i });
  }
  // The words after the sentence's end do not count. No word spans one (a full stop that ends a
  // sentence ends its word), so it is looked for only before the last word's start, not in the window.
  const stop = out.length ? sentenceStop(text, pos, out[out.length - 1]!.start, end) : -1;
  return stop < 0 ? out : out.filter((w) => w.start <= stop);
}

/**
 * The first sentence stop in [pos, to): ! ? ; a line break, the unit separator, or a full stop with
 * a space after it before `limit`; -1 for none.
 */
function sentenceStop(text: string, pos: number, to: number, limit: number): number {
  for (let i = pos; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x1f) return i;
    if (c === 0x2e && i + 1 < limit && isWhiteSpace(text.charCodeAt(i + 1))) return i;
  }
  return -1;
}

/** One character of a window's word, [\p{L}\p{N}&.] by code point, as a Unicode RegExp reads it. */
const WINDOW_WORD_CHAR = /^[\p{L}\p{N}&.]$/u;
/** WINDOW_WORD_CHAR by code unit, filled as units are met (0 unknown, 1 no, 2 yes): the RegExp's own Unicode data. */
const windowWordUnits = new Uint8Array(0x10000);

/** How many code units the word character at `i` takes (0: none), reading nothing at or after `end`. */
function windowWordChar(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  // A surrogate pair is one code point (a letter in Mathematical Alphanumerics is one); a lone half is no letter.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WINDOW_WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = windowWordUnits[c]!;
  if (known === 0) known = windowWordUnits[c] = WINDOW_WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
  return known - 1;
}

/** The word right before `pos`, across spaces: "Versicherer" for "der Versicherer Allianz". */
function wordBefore(text: string, pos: number): Word | undefined {
  // A backward scan: this runs for most adjective and ambiguous hits, and an anchored RegExp over
  // the text before the hit tries every start position in it.
  const limit = Math.max(0, pos - 60);
  let end = pos;
  while (end > limit && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > limit && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start === end) return undefined;
  const word = text.slice(start, end);
  return { text: word.endsWith('.') ? word.slice(0, -1) : word, start, end };
}

/** The characters of WORD: letters, digits, marks, "&" and ".". */
function isWordChar(c: number): boolean {
  return CLASS[c] === CLASS_WORD || c === 0x26 || c === 0x2e;
}

/**
 * Whether a word in [from, to) other than the one at `except` is a company or market word. A scan by
 * the character table (the Unicode RegExp it replaced was a tenth of the context stage) that makes no
 * word objects and lower-cases each word once: a long sentence is read for every ambiguous name in it.
 */
function hasEvidenceWord(text: string, from: number, to: number, except: number): boolean {
  for (let i = from; i < to;) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    // Without a full stop at the end ("Konzerns." at a sentence's end).
    const end = text.charCodeAt(i - 1) === 0x2e ? i - 1 : i;
    if (start === except || !mayBeEvidence(text, start, end)) continue;
    const lower = text.slice(start, end).toLowerCase();
    if (CONTEXT_WORDS.has(lower) || CONTEXT_WORDS.has(lowerStemOf(lower)) || isCompanyNounLower(lower)) return true;
  }
  return false;
}

/**
 * Whether the word [start, end) may be evidence, by its last three letters: every context word (also
 * with a stem's ending) and every inflected company noun ending has its three in EVIDENCE_TAILS. Most
 * words of a sentence are ruled out without a slice. Exact for letters up to U+00FF, which lower-case
 * one by one; a word with another letter there, or a shorter word, is tested in full.
 */
function mayBeEvidence(text: string, start: number, end: number): boolean {
  if (end - start < 3 || SHORT_NOUN_ENDINGS.length) return true;
  const a = text.charCodeAt(end - 3);
  const b = text.charCodeAt(end - 2);
  const c = text.charCodeAt(end - 1);
  if ((a | b | c) > 0xff) return true;
  return EVIDENCE_TAILS[tailKey(LATIN1_LOWER[a]!, LATIN1_LOWER[b]!, LATIN1_LOWER[c]!)] === 1;
}

/** The sentence around [start, end): from after the previous . ! ? to the next one (or the block's ends). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const minFrom = Math.max(0, start - MAX_SENTENCE_CHARS);
  const maxTo = Math.min(text.length, end + MAX_SENTENCE_CHARS);
  let from = start;
  while (from > minFrom && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < maxTo && !isSentenceEnd(text, to)) to++;
  return [from, to];
}

/** A sentence is read at most this far to each side of a name: evidence is near it, not a page away. */
const MAX_SENTENCE_CHARS = 300;

/** By code unit, not charAt and a RegExp: sentenceAround asks this of every character it passes. */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x1f) return true;
  // A full stop followed by a space ends a sentence, unless it closes an abbreviation or a number.
  return c === 0x2e && isWhiteSpace(text.charCodeAt(i + 1)) && !ABBREVIATION_END.test(text.slice(Math.max(0, i - 5), i));
}

const ABBREVIATION_END = /(\b\p{L}|\d|\bCo|\bInc|\bCorp|\bLtd|\bNr|\bz\.B|\bca|\bbzw|\bDr|\bSt)$/u;

/** Whether `pos` starts a sentence: only spaces, quotes and brackets since a sentence end or the block start. */
export function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (isWhiteSpace(text.charCodeAt(i)) || OPENING.has(text.charCodeAt(i)))) i--;
  return i < 0 || SENTENCE_PUNCTUATION.has(text.charCodeAt(i));
}

/** Quotes, brackets and dashes that may stand before a sentence's first word. */
const OPENING = new Set([...'"\'„“”‚‘’«»‹›([–—-'].map((c) => c.charCodeAt(0)));
/** What ends the sentence before: . ! ? : a line break or the unit separator between blocks. */
const SENTENCE_PUNCTUATION = new Set([...'.!?:\n\u001f'].map((c) => c.charCodeAt(0)));

/** A company noun, also declined: "der Versicherer", "des Herstellers", "den Konkurrenten", "drugmakers". */
function isCompanyNoun(word: string): boolean {
  return isCompanyNounLower(word.toLowerCase());
}

/** isCompanyNoun of a word in lower case: compared only with the inflected endings that end in its last three letters. */
function isCompanyNounLower(w: string): boolean {
  if (SHORT_NOUN_ENDINGS.length && SHORT_NOUN_ENDINGS.some((e) => w.endsWith(e))) return true;
  return endsWithOneOf(w, INFLECTED_NOUN_ENDINGS);
}

/** Endings a company noun takes when declined or in the plural (and none). */
const INFLECTED = ['', 's', 'n', 'en', 'es'];
const ALL_NOUN_ENDINGS = [...new Set(COMPANY_NOUN_ENDINGS.flatMap((e) => INFLECTED.map((i) => e + i)))];
/** Endings shorter than the key's three letters (none today), compared with every word. */
const SHORT_NOUN_ENDINGS = ALL_NOUN_ENDINGS.filter((e) => e.length < 3);
/**
 * Every company noun ending with every inflection, by the key of its last three letters: most words
 * of a sentence are ruled out by one lookup, with no slices of them.
 */
const INFLECTED_NOUN_ENDINGS = byTail(ALL_NOUN_ENDINGS);

/**
 * A headline in title case ("Japan's Economy Slows as Chinese Demand Weakens") or in capitals:
 * short, and nearly every longer word starts with a capital.
 */
export function isHeadlineCase(text: string): boolean {
  if (text.length > 200) return false;
  // Words of four letters or more, and how many of them start with a capital.
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < text.length;) {
    if (!LETTER[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && LETTER[text.charCodeAt(i)]) i++;
    if (i - start < 4) continue;
    words++;
    if (LETTER[text.charCodeAt(start)] === CAPITAL_LETTER) capitalised++;
  }
  return words >= 2 && capitalised >= 0.8 * words;
}

function isCapitalised(word: string | undefined): boolean {
  return !!word && LETTER[word.charCodeAt(0)] === CAPITAL_LETTER;
}

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Lower case without a plural or genitive ending, for the word lists: "Aktien" → "aktie". */
function lowerStem(word: string): string {
  return lowerStemOf(word.toLowerCase());
}

/** lowerStem of a word already in lower case. */
function lowerStemOf(w: string): string {
  for (const ending of STEM_ENDINGS) {
    if (w.length > ending.length + 3 && w.endsWith(ending) && CONTEXT_OR_HEAD.has(w.slice(0, -ending.length)))
      return w.slice(0, -ending.length);
  }
  return w;
}

const STEM_ENDINGS = ['en', 'n', 's', 'e'];
const CONTEXT_OR_HEAD = new Set([...CONTEXT_WORDS, ...COMPANY_COMPOUND_HEADS]);

/** Latin-1 lower-cased by code unit, as toLowerCase does it (one to one there). */
const LATIN1_LOWER = Uint16Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));
/** The keys of the last three letters of every word hasEvidenceWord can accept (see mayBeEvidence). */
const EVIDENCE_TAILS = tailTable([
  ...[...CONTEXT_WORDS].flatMap((w) => ['', ...STEM_ENDINGS].map((ending) => w + ending)),
  ...ALL_NOUN_ENDINGS,
]);
