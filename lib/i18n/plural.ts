/**
 * Counts in words with the right plural ("1 Seite", "2 Seiten"; "1 mention"): the language's
 * plural rule (Intl.PluralRules) picks the One or Other form of a message.
 */
import type { MessageKey, Translate, UiLang } from './strings';

export type CountKey = 'pageCount' | 'mentionCount' | 'connectionCount' | 'noteCount';

export function countText(t: Translate, lang: UiLang, n: number, key: CountKey): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'One' : 'Other';
  return t(`${key}${form}` as MessageKey).replace('{n}', new Intl.NumberFormat(lang).format(n));
}
