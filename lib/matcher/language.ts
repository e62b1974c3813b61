/**
 * The page's language, German or English: from the declared `lang`, else by counting the most
 * common function words in a sample of the text.
 */
import type { Lang } from '../kb/types';

const DE = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'den',
  'von',
  'sich',
  'auf',
  'für',
  'ein',
  'eine',
  'auch',
  'dem',
  'des',
]);
const EN = new Set(['the', 'and', 'is', 'not', 'with', 'of', 'to', 'for', 'on', 'that', 'this', 'are', 'was', 'by', 'its', 'from', 'a']);

export function detectLang(declared: string | null | undefined, sample: string): Lang {
  const d = declared?.trim().toLowerCase() ?? '';
  if (d.startsWith('de')) return 'de';
  if (d.startsWith('en')) return 'en';
  let de = 0;
  let en = 0;
  for (const w of sample
    .slice(0, 5000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (DE.has(w)) de++;
    else if (EN.has(w)) en++;
  }
  return en > de ? 'en' : 'de';
}
