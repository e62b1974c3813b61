/**
 * Our own labelled news passages for the spotting evaluation (npm run eval), written for it.
 * [[text|id]] marks a mention of a knowledge-base entity, {{text}} a span that counts neither way
 * (organisations, borderline cases). Everything else must stay unmarked.
 */
export interface Passage {
  id: string;
  lang: 'de' | 'en';
  /** What the passage exercises. */
  covers: string;
  html: string;
}

export const PASSAGES: Passage[] = [
  {
    id: 'de-genitive-adjectives',
    lang: 'de',
    covers: 'genitive -s, declined adjectives, demonyms',
    html: `<p>[[Japans|Q17]] Exporte steigen, während [[chinesische|Q148]] Hersteller unter Druck geraten. Die [[japanischen|Q17]] Autobauer und ein [[Japaner|Q17]] im Vorstand von [[Toyota|Q53268]] sehen das gelassen; [[Chinas|Q148]] Regierung nicht.</p>`,
  },
];
