import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv';
import { CSV_COLUMNS, toHighlightsCsv, toMarkdown } from '../../../lib/highlights/export';
import { sampleHighlight, sampleSet } from './sample';

const names: Record<string, string> = { Q17: 'Japan', Q66048: 'Deutsche Bank' };
const nameOf = (id: string) => names[id];

describe('Markdown export', () => {
  it('groups by page: title, URL, date, quotes as blockquotes, notes, tags, entity names', () => {
    const md = toMarkdown(sampleSet(), nameOf);
    expect(md).toMatch(
      /^# Highlights\n\n## Japan senkt Zölle – Handelsblatt\n\n- URL: <https:\/\/www\.handelsblatt\.com\/politik\/.*>\n- Date: 2026-11-20\n/,
    );
    expect(md).toContain('> Japan senkt die Zölle auf Autoteile');
    expect(md).toContain('Wichtig für den Ausblick.\nZweite Zeile');
    expect(md).toContain('Tags: #Zölle #Japan-Handel');
    expect(md).toContain('Entities: Japan, Deutsche Bank');
    expect(md).toContain('Entities: c-rapidus'); // unknown id: the id itself
  });

  it('escapes Markdown in quotes so a page cannot inject headings or HTML', () => {
    const md = toMarkdown([sampleSet()[3]!], nameOf);
    expect(md).toContain('> \\# Überschrift \\*fett\\* \\<script\\>');
    expect(md.startsWith('# Japan senkt Zölle')).toBe(true); // one page: its title is the heading
  });

  const quoted = (exact: string, over: Partial<Parameters<typeof sampleHighlight>[0]> = {}) =>
    toMarkdown(
      [
        sampleHighlight({
          selectors: {
            quote: { type: 'TextQuoteSelector', exact },
            position: { type: 'TextPositionSelector', start: 0, end: exact.length },
          },
          ...over,
        }),
      ],
      nameOf,
    );

  it('keeps every line of a quote in the blockquote, also after a lone carriage return', () => {
    const md = quoted('Erste Zeile\rZweite Zeile\r\nDritte\nVierte');
    expect(md).not.toContain('\r');
    expect(md).toContain('> Erste Zeile\n> Zweite Zeile\n> Dritte\n> Vierte\n');
    expect(quoted('x', { note: 'Notiz\rzweite' })).toContain('Notiz\nzweite');
  });

  it('lets no quote or note open a code block (``` or ~~~, or four spaces)', () => {
    const md = quoted('Vorher\n~~~\nmitten\n```js\nDanach', { note: '~~~\n    eingerückt\n```' });
    expect(md).toContain('> \\~\\~\\~\n');
    expect(md).toContain('> \\`\\`\\`js\n');
    expect(md).toContain('\\~\\~\\~\neingerückt\n\\`\\`\\`\n');
    expect(md.split('\n').filter((line) => /^(> )?( {4}|```|~~~)/.test(line))).toEqual([]);
  });

  it("escapes Obsidian's strikethrough, math and comment markers (~ $ %) and list and heading line starts", () => {
    expect(quoted('~~durch~~ $x^2$ %%Kommentar%% ==hervor==')).toContain(
      '> \\~\\~durch\\~\\~ \\$x^2\\$ \\%\\%Kommentar\\%\\% \\=\\=hervor\\=\\=\n',
    );
    const md = quoted('x', { note: 'Satz\n---\n- Punkt\n+ Plus\n1. Eins\n2) Zwei\n===' });
    expect(md).toContain('Satz\n\\---\n\\- Punkt\n\\+ Plus\n1\\. Eins\n2\\) Zwei\n\\=\\=\\=\n');
  });

  it('keeps a title and an address on their line', () => {
    const md = quoted('x', { title: 'Titel\n# Eingeschleust', url: 'https://www.handelsblatt.com/a>b c' });
    expect(md.startsWith('# Titel \\# Eingeschleust\n')).toBe(true);
    expect(md).toContain('- URL: <https://www.handelsblatt.com/a%3Eb%20c>\n');
  });
});

describe('CSV export', () => {
  it('is RFC 4180 with a header, UTF-8 BOM and one row per highlight', () => {
    const csv = toHighlightsCsv(sampleSet(), nameOf);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const first = rows.find((r) => r[5] === 'green')!;
    expect(first[9]).toBe('Wichtig für den Ausblick.\nZweite Zeile mit "Anführungszeichen", Komma.');
    expect(first[10]).toBe('Zölle; Japan Handel');
    expect(first[12]).toBe('Japan; Deutsche Bank');
  });

  it.each([
    ['=HYPERLINK("http://x")'],
    ['+1+1'],
    ['-5 % Umsatz'],
    ['- Punkt'],
    ['-2+3'],
    ['-A1'],
    ['@SUM(A1)'],
    ['\tTab'],
    ['\rWagenrücklauf'],
    ['\nZeile'],
    ['＝1+1'],
  ])('defuses a cell starting like a formula (OWASP): %j', (note) => {
    const rows = parseCsv(toHighlightsCsv([sampleHighlight({ note })], nameOf).slice(1));
    expect(rows[1]![9]).toBe(`'${note}`);
  });

  it('leaves other cells alone', () => {
    const rows = parseCsv(toHighlightsCsv([sampleHighlight({ note: 'Umsatz -5 %' })], nameOf).slice(1));
    expect(rows[1]![9]).toBe('Umsatz -5 %');
    expect(rows[1]![3]).toMatch(/^2026-/);
  });
});
