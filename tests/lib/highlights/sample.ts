/** Highlights as tests need them: realistic, with every field used. */
import type { Highlight } from '../../../lib/highlights/model';
import { createHighlight } from '../../../lib/highlights/store';
import { installBuiltin } from '../../../lib/kb/builtin';
import { freshDb, japan } from '../kb/helpers';

let n = 0;
export function sampleHighlight(over: Partial<Highlight> = {}): Highlight {
  n++;
  const hex = n.toString(16).padStart(12, '0');
  const exact = over.selectors?.quote.exact ?? `Japan senkt die Zölle auf Autoteile (${n}).`;
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${hex}`,
    url: 'https://www.handelsblatt.com/politik/international/handel-japan-zoelle/100000001.html',
    title: 'Japan senkt Zölle – Handelsblatt',
    createdAt: Date.UTC(2026, 10, 20, 9, 0, n),
    updatedAt: Date.UTC(2026, 10, 21, 9, 0, n),
    color: 'yellow',
    note: '',
    tags: [],
    entityIds: [],
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'Die Regierung in Tokio teilte mit: ', suffix: ' Die Deutsche Bank erwartet' },
      position: { type: 'TextPositionSelector', start: 100 + n, end: 100 + n + exact.length },
      range: {
        type: 'RangeSelector',
        startSelector: {
          type: 'XPathSelector',
          value: '/html[1]/body[1]/article[1]/p[2]',
          refinedBy: { type: 'TextPositionSelector', start: 4, end: 4 },
        },
        endSelector: {
          type: 'XPathSelector',
          value: '/html[1]/body[1]/article[1]/p[2]',
          refinedBy: { type: 'TextPositionSelector', start: 4 + exact.length, end: 4 + exact.length },
        },
      },
    },
    ...over,
  };
}

/** A varied set: notes with line breaks and quotes, tags, entities (QIDs and slugs), colours, two pages. */
export function sampleSet(): Highlight[] {
  return [
    sampleHighlight({
      note: 'Wichtig für den Ausblick.\nZweite Zeile mit "Anführungszeichen", Komma.',
      tags: ['Zölle', 'Japan Handel'],
      entityIds: ['Q17', 'Q66048'],
      color: 'green',
    }),
    sampleHighlight({ tags: ['autos'], entityIds: ['c-rapidus'] }),
    sampleHighlight({
      url: 'https://www.handelsblatt.com/unternehmen/banken/deutsche-bank/100000002.html',
      title: '',
      color: 'purple',
      note: '=SUM(A1:A9)',
    }),
    sampleHighlight({
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: '# Überschrift *fett* <script>' },
        position: { type: 'TextPositionSelector', start: 0, end: 28 },
      },
    }),
  ];
}

/** A fresh database holding Japan and the sample set, stored through the store as the extension does. */
export async function dbWithSampleSet() {
  const db = freshDb();
  await installBuiltin(db, { version: 'v1', entities: [japan], facts: [] });
  const set = sampleSet();
  for (const h of set) await createHighlight(db, h);
  return { db, set };
}
