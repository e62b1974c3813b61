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
