import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv';
import { CSV_COLUMNS, toHighlightsCsv, toMarkdown } from '../../../lib/highlights/export';
import { sampleHighlight, sampleSet } from './sample';

const names: Record<string, string> = { Q17: 'Japan', Q66048: 'Deutsche Bank' };
const nameOf = (id: string) => names[id];

describe('Markdown export', () => {
  it('groups by page: title, URL, date, quotes as blockquotes, notes, tags, entity names', () => {
    const md = toMarkdown(sampleSet(), nameOf);
    expect(md).toMatch(/^# Highlights\n\n## Japan senkt Zölle – Handelsblatt\n\n- URL: <https:\/\/www\.handelsblatt\.com\/politik\/.*>\n- Date: 2026-11-20\n/);
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

  it('defuses spreadsheet formulas coming from pages or notes', () => {
    const rows = parseCsv(toHighlightsCsv([sampleHighlight({ note: '=HYPERLINK("http://x")' }), sampleHighlight({ note: '-5 % Umsatz' })], nameOf).slice(1));
    expect(rows[1]![9]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[2]![9]).toBe('-5 % Umsatz');
  });
});
