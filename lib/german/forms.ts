/**
 * German (and English) word forms of entity names, generated once when the dictionary is built so
 * that the matcher only has to look up exact surface forms.
 */

/** Strong and weak adjective endings: japanisch → japanische, japanischen, japanischer, … */
const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** Names ending in a sibilant take no genitive -s in German: "Siemens'", "Texas'". */
const SIBILANT_END = /[sßxz]$/i;

/**
 * Genitive and possessive forms of a proper name: Japan → Japans, Japan's; Siemens → Siemens'.
 * The bare name is included.
 */
export function nameForms(name: string): string[] {
  const forms = [name];
  if (SIBILANT_END.test(name)) {
    forms.push(`${name}'`);
  } else if (/\p{L}$/u.test(name)) {
    forms.push(`${name}s`, `${name}'s`);
  }
  return forms;
}

/** Every declined form of a German adjective stem, in lower case: "japanisch" → six forms. */
export function adjectiveForms(stem: string): string[] {
  const base = stem.replace(/e$/, '');
  return ADJECTIVE_ENDINGS.map((ending) => base + ending);
}

/**
 * Forms of a German demonym noun: "Japaner" → Japaner, Japanerin, Japanerinnen, Japanern, Japaners.
 * Only for the regular -er type; irregular ones (Franzose, Deutsche) come from hand-written data.
 */
export function demonymForms(noun: string): string[] {
  if (!noun.endsWith('er')) return [noun];
  return [noun, `${noun}in`, `${noun}innen`, `${noun}n`, `${noun}s`];
}

/** Words that decline like adjectives at the start of a German name: "Vereinigte", "Arabische". */
const ADJECTIVE_WORD = /^\p{Lu}\p{Ll}+(e|es)$/u;

/**
 * Dative and genitive forms of German multi-word names and plural names: "Vereinigte Staaten" →
 * "Vereinigten Staaten", "Vereinigtes Königreich" → "Vereinigten Königreich(s)", "Niederlande" →
 * "Niederlanden". Returns only the new forms.
 */
export function germanCaseForms(name: string): string[] {
  const words = name.split(' ');
  const forms = new Set<string>();
  if (words.length >= 2 && ADJECTIVE_WORD.test(words[0]!)) {
    const declined = words.map((w, i) => (i < words.length - 1 && ADJECTIVE_WORD.test(w) ? w.replace(/(e|es)$/, 'en') : w));
    const phrase = declined.join(' ');
    forms.add(phrase);
    const last = words[words.length - 1]!;
    if (/e$/.test(last)) forms.add(`${declined.slice(0, -1).join(' ')} ${last}n`);
    // Genitive -s only for singular neuter and masculine heads: not plurals (-en) or feminines (-ik).
    else if (/\p{Ll}$/u.test(last) && !/([sßxz]|en|ik)$/.test(last)) forms.add(`${phrase}s`);
  } else if (words.length === 1 && /\p{Ll}e$/u.test(name)) {
    forms.add(`${name}n`);
  }
  forms.delete(name);
  return [...forms];
}

/**
 * The declined form of a company's name that starts with adjectives: "Deutsche Bank" → "Deutschen
 * Bank" ("der Deutschen Bank", "bei der Deutschen Börse"). No genitive -s: the head is the company's
 * name ("der Deutschen Telekom"). Returns only the new form.
 */
export function germanCompanyForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2 || !ADJECTIVE_WORD.test(words[0]!)) return [];
  return [words.map((w, i) => (i < words.length - 1 && ADJECTIVE_WORD.test(w) ? w.replace(/(e|es)$/, 'en') : w)).join(' ')].filter(
    (f) => f !== name,
  );
}
