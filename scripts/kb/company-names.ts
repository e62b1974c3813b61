/**
 * Company names as the news writes them, from the registered names of the open datasets:
 * "Siemens Aktiengesellschaft" → Siemens, "Samsung Electronics Co., Ltd." → Samsung Electronics,
 * "MITSUBISHI CORP." → Mitsubishi Corp. / Mitsubishi, "Alphabet Inc. Class A" → Alphabet.
 *
 * Legal forms come from the GLEIF ISO 20275 list (data/open/gleif-elf/legal-forms.tsv) plus the
 * English renderings that list lacks ("Co., Ltd.", "K.K.", "Corp.", "Inc."); shorter forms drop a
 * trailing group word ("Tencent Holdings" → Tencent) only where what is left is distinctive.
 */

/** Lower case, no diacritics, no dots, commas, spaces or hyphens: "S. p. A." and "S.p.A" are both "spa". */
export function squash(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,\s\-–'’]/g, '');
}

/**
 * Legal forms the GLEIF list does not spell as English-language news and data vendors do, and the
 * usual forms again so that the list works without the GLEIF file. Each entry is squashed.
 */
export const ENGLISH_LEGAL_FORMS = [
  'Co',
  'Co Ltd',
  'Company',
  'Company Limited',
  'Ltd',
  'Limited',
  'Inc',
  'Incorporated',
  'Incorporation',
  'Corp',
  'Corporation',
  'Corp Ltd',
  'Corporation Limited',
  'plc',
  'Public Limited Company',
  'PCL',
  'Public Company Limited',
  'LLC',
  'L.L.C.',
  'LP',
  'L.P.',
  'LLP',
  'K.K.',
  'Kabushiki Kaisha',
  'Kabushikigaisha',
  'Co KK',
  'S.p.A.',
  'SpA',
  'S.A.',
  'SA',
  'S/A',
  'SA/NV',
  'AG',
  'N.V.',
  'B.V.',
  'SE',
  'S.E.',
  'SAS',
  'S.A.S.',
  'SARL',
  'S.C.A.',
  'SCA',
  'GmbH',
  'KGaA',
  'SE & Co. KGaA',
  'AG & Co. KGaA',
  'GmbH & Co. KG',
  'KG',
  'Oyj',
  'Oy',
  'Abp',
  'AB',
  '(publ)',
  'AB (publ)',
  'ASA',
  'AS',
  'A/S',
  'A.S.',
  'Tbk',
  'PT',
  'Bhd',
  'Berhad',
  'Sdn Bhd',
  'Pty',
  'Pty Ltd',
  'NL',
  'S.A.B. de C.V.',
  'SAB de CV',
  'S.A. de C.V.',
  'S.A.B.',
  'Ltda',
  'SAE',
  'SAOG',
  'PJSC',
  'P.J.S.C.',
  'JSC',
  'OJSC',
  'PAO',
  'OAO',
  'Q.P.S.C.',
  'QPSC',
  'Q.S.C.',
  'QSC',
  'P.S.C.',
  'Nyrt',
  'hf',
  'Anonim Sirketi',
  'A.Ş.',
  'T.A.S.',
  'Türk Anonim Şirketi',
  'S.p.A',
  'Sirketi',
  'Aktiengesellschaft',
  'Aktieselskab',
  'Aktiebolag',
  'Aktiebolaget',
  'Societe Anonyme',
  'Société Anonyme',
  'Sociedad Anonima',
  'Sociedad Anónima',
  'Societa per Azioni',
  'Società per Azioni',
  'Naamloze Vennootschap',
  'Reszvenytarsasag',
  'a.s.',
  'S.A.A.',
  'Participacoes S.A.',
].map(squash);

/** Legal forms that also stand before the name: "PT Astra International Tbk", "PJSC Gazprom". */
const PREFIX_FORMS = new Set(
  ['PT', 'PJSC', 'JSC', 'OJSC', 'PAO', 'OAO', 'ZAO', 'Public Joint Stock Company', 'Joint Stock Company', 'The'].map(squash),
);

/** Words that name a group or holding, not the company: dropped for the shorter name. */
const GROUP_WORDS = new Set(
  [
    'Group',
    'Groupe',
    'Grupo',
    'Gruppo',
    'Gruppe',
    'Holding',
    'Holdings',
    'International',
    'Technologies',
    'Technology',
    'Industries',
    'Motor',
    'Company',
    'Corporation',
    'Corp',
    'Co',
  ].map((w) => w.toLowerCase()),
);

/** Share classes and listing noise after the name: "Class A", "ADR", "Pref", "Vz", "O.N.". */
const SHARE_NOISE =
  /\s+(?:-\s*)?(?:(?:Class|Cl\.?|Series|Serie)\s+[A-Z]\b|ADRs?|ADS|GDRs?|Pref\.?|Preferred|Pfd|Vz\.?|Vzo|Inh\.?|Reg\.?|Registered|N\.?A\.?|O\.N\.?|Units?|Non-Voting|Ordinary(?:\s+Shares)?|Common\s+Stock|Shares|[A-CH])(?=$|\s|,)/g;

/** Words of GLEIF forms that are part of a company's name: "Bank Aktiengesellschaft", "Trust Company". */
const NOT_A_FORM = new Set(
  [
    'Bank',
    'Banka',
    'Banco',
    'Trust',
    'Fund',
    'Funds',
    'Insurance',
    'Assurance',
    'Savings',
    'Sparkasse',
    'Investment',
    'Credit',
    'Mutual',
    'Building',
    'Society',
    'Foundation',
    'Association',
    'Cooperative',
    'Capital',
    'Finance',
    'Financial',
    'Securities',
    'Leasing',
    'Pension',
    'Union',
    'Club',
    'School',
    'University',
    'Church',
    'Partnership',
    'Holding',
    'Holdings',
    'Group',
    'REIT',
    'Real',
    'Estate',
    'Property',
  ].map(squash),
);

export interface LegalFormList {
  /** Squashed legal forms (one or more words). */
  forms: ReadonlySet<string>;
  /** The longest form in words, to bound the suffix search. */
  maxWords: number;
}

/**
 * The legal forms from the GLEIF rows (country, name, transliterated name, abbreviations "a;b")
 * and the English list. A GLEIF form that is an ordinary word by itself ("Trust", "Bank",
 * "Foundation") is left out unless the English list has it: stripping it would cut names.
 */
export function legalFormList(rows: ReadonlyArray<readonly string[]>, isCommonWord: (w: string) => boolean = () => false): LegalFormList {
  const forms = new Set<string>(ENGLISH_LEGAL_FORMS);
  let maxWords = 6;
  for (const [, name = '', translit = '', abbreviations = ''] of rows) {
    for (const form of [name, translit, ...abbreviations.split(';')]) {
      const text = form.trim();
      const s = squash(text);
      if (s.length < 2 || !/\p{L}/u.test(s) || !/^[\p{Script=Latin}\p{Script=Common}]+$/u.test(text)) continue;
      const words = text.split(/\s+/);
      if (words.length === 1 && isCommonWord(text.toLowerCase().replace(/\.$/, ''))) continue;
      if (words.some((w) => NOT_A_FORM.has(squash(w)))) continue;
      if (words.length > 6) continue;
      forms.add(s);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { forms, maxWords };
}

/** Splits a name into words, a comma ending the word before it ("Holdings,Inc." → "Holdings,", "Inc."). */
function words(name: string): string[] {
  return name
    .replace(/,(?=\S)/g, ', ')
    .split(/\s+/)
    .filter(Boolean);
}

const cleanEnd = (ws: string[]): string[] => {
  const out = [...ws];
  while (out.length && /^[,\-–&]+$/.test(out[out.length - 1]!)) out.pop();
  if (out.length) out[out.length - 1] = out[out.length - 1]!.replace(/[,\-–]+$/, '');
  return out;
};

/**
 * Strips legal forms from the end (repeatedly: "Co., Ltd.") and from the start ("PT …"), never the
 * whole name, and never the "Co." of "Mitsui & Co." (that is the name).
 * @returns the name without them and the legal form as written, if any.
 */
export function stripLegalForm(name: string, list: LegalFormList): { name: string; legalForm?: string } {
  let ws = cleanEnd(words(name));
  const stripped: string[][] = [];
  for (let round = 0; round < 4; round++) {
    let found = 0;
    for (let k = Math.min(list.maxWords, ws.length - 1); k >= 1; k--) {
      const tail = ws.slice(ws.length - k);
      if (!list.forms.has(squash(tail.join(' ')))) continue;
      // "Mitsui & Co.": after an ampersand the "Co." is part of the name.
      if (ws[ws.length - k - 1] === '&') continue;
      found = k;
      break;
    }
    if (!found) break;
    stripped.unshift(ws.slice(ws.length - found));
    ws = cleanEnd(ws.slice(0, ws.length - found));
  }
  for (let k = Math.min(4, ws.length - 1); k >= 1; k--) {
    if (PREFIX_FORMS.has(squash(ws.slice(0, k).join(' ')))) {
      if (squash(ws.slice(0, k).join(' ')) !== 'the') stripped.unshift(ws.slice(0, k));
      ws = ws.slice(k);
      break;
    }
  }
  const legalForm = stripped
    .map((w) => w.join(' '))
    .join(' ')
    .replace(/^,\s*|,$/g, '')
    .trim();
  return { name: ws.join(' '), ...(legalForm ? { legalForm } : {}) };
}

/** Four capitals that read as a word ("SONY", "FORD", "NIKE") rather than letters ("BASF", "LVMH"). */
function readsAsWord(w: string): boolean {
  if (w.length !== 4) return w.length > 4;
  return /^[^AEIOU][AEIOU][^AEIOU][AEIOUY]$|^[^AEIOU][AEIOU]{2}[^AEIOU]$|^[AEIOU][^AEIOU][AEIOU][^AEIOU]$|^[^AEIOU][AEIOU](RD|RT|NT|ND|LL|SS|CK|NG|RK|ST|SH|TH|CH|LD|LT|LK|MP|NK|RN|RM|RS)$/.test(
    w,
  );
}

/**
 * Undoes capitals: a name in capitals only ("MITSUBISHI CORP.") is set in title case, except words
 * that read as letters (BASF, ABB, "CO"); in a mixed name only words of five or more capitals
 * ("YUNDA Holding", "NVIDIA") are set in title case, so LVMH and ASML stay.
 */
export function undoCapitals(name: string): string {
  // Legal forms keep their own case ("KWS SAAT SE & Co KGaA" is a name in capitals).
  const allCaps = !/\p{Ll}/u.test(
    name
      .split(/\s+/)
      .filter((w) => !MIXED_CASE_FORMS.has(w.replace(/[.,]/g, '')))
      .join(' '),
  );
  return name.replace(/[\p{L}\p{M}'’]+/gu, (w) => {
    if (/\p{Ll}/u.test(w) || w.length < 2) return w;
    const letters = w.replace(/['’]/g, '');
    if (allCaps ? !readsAsWord(letters) && !LOWER_IN_CAPS.has(letters) : letters.length < 5) return w;
    return w.charAt(0) + w.slice(1).toLowerCase();
  });
}

/** Legal forms written in mixed case after a name in capitals. */
const MIXED_CASE_FORMS = new Set([
  'Co',
  'KGaA',
  'GmbH',
  'Ltd',
  'Inc',
  'Corp',
  'plc',
  'Plc',
  'Oyj',
  'SpA',
  'Tbk',
  'Bhd',
  'Pty',
  'Limited',
  'Corporation',
  'Company',
  'Holdings',
  'Holding',
  'Group',
  'AG',
  'SE',
]);

/** Short words that in a name set in capitals are words, not letters: "CO", "OF", "AND". */
const LOWER_IN_CAPS = new Set(['CO', 'OF', 'AND', 'THE', 'INC', 'LTD', 'CORP', 'BANK', 'NEW', 'SUN', 'ONE', 'TEN', 'DE', 'DU', 'LA', 'LE']);

/** Removes share-class noise, parentheses ("(Group)", "(publ)", "(Thailand)") and stray punctuation. */
export function stripNoise(name: string): string {
  let s = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s*\[[^\]]*\]\s*/g, ' ');
  for (let i = 0; i < 3; i++) s = s.replace(SHARE_NOISE, '');
  return s
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,\-–]+|[\s,\-–]+$/g, '')
    .trim();
}

export interface DerivedNames {
  /** The names news uses, longest first: the registered name without its legal form, then shorter ones. */
  forms: string[];
  /** The registered name, capitals undone, share-class noise removed ("Mitsubishi Corp."). */
  legalName: string;
  legalForm?: string;
}

/**
 * Derives the names of one company from its registered name. `distinctive` decides whether a
 * shorter form without a group word may stand for the company ("Tencent" yes, "General" no).
 */
export function deriveNames(raw: string, list: LegalFormList, distinctive: (text: string) => boolean = () => true): DerivedNames {
  const legalName = stripNoise(undoCapitals(raw.trim()));
  const { name, legalForm } = stripLegalForm(legalName, list);
  const base = stripNoise(name) || legalName;
  const forms = [base];
  let ws = words(base);
  while (ws.length > 1 && GROUP_WORDS.has(ws[ws.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) {
    // "Mitsui & Co.", "Bank of …": the word belongs to the name.
    if (/^(&|and|und|of|de|der)$/i.test(ws[ws.length - 2]!)) break;
    ws = cleanEnd(ws.slice(0, -1));
    // "Semperit Aktiengesellschaft Holding": a legal form before the group word goes too.
    ws = words(stripLegalForm(ws.join(' '), list).name);
    const shorter = ws.join(' ');
    if (!shorter || !distinctive(shorter)) break;
    forms.push(shorter);
  }
  return { forms, legalName, ...(legalForm ? { legalForm } : {}) };
}

/** A slug for ids: "Samsung Electronics" → "samsung-electronics"; Latin letters and digits only. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}
