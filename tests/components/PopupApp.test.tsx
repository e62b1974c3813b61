// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageError } from '../../lib/messaging';
import { PopupApp } from '../../components/PopupApp';
import type { PopupApi } from '../../components/popup-api';
import { translator } from '../../lib/i18n/strings';
import type { Entity, FactView, SearchHit } from '../../lib/kb/types';
import type { ExportedFile } from '../../lib/highlights/export';
import type { Highlight } from '../../lib/highlights/model';
import { sampleHighlight } from '../lib/highlights/sample';
import { pageMapOf } from '../../lib/page-map/layout';

afterEach(cleanup);

const entity = (id: string, name: string, type: Entity['type'] = 'company'): Entity => ({
  id,
  type,
  label: { de: name, en: name },
  names: [],
  origin: 'builtin',
});
const ENTITIES: Record<string, Entity> = {
  A: entity('A', 'Siemens'),
  B: entity('B', 'Siemens Energy'),
  J: entity('J', 'Japan', 'country'),
};
const hit = (e: Entity, score: number): SearchHit => ({ id: e.id, type: e.type, label: e.label, matched: e.label.de, score });

/** Facts the reader adds in the test, kept like the background would keep them. */
const own: FactView[] = [];

/** The page's highlights in the test: one placed, one an orphan. */
let pageHls: Highlight[] = [];
const downloads: ExportedFile[] = [];
const copied: string[] = [];
const highlightApi = {
  pageHighlights: async () => ({
    highlights: pageHls,
    anchored: Object.fromEntries(pageHls.map((h, i) => [h.id, i === 0])),
    url: 'https://www.handelsblatt.com/a.html',
  }),
  editHighlight: async (edit: { id: string; note?: string; tags?: string[] }) => {
    const h = { ...pageHls.find((x) => x.id === edit.id)!, ...edit };
    pageHls = pageHls.map((x) => (x.id === h.id ? h : x));
    return h;
  },
  deleteHighlight: async (id: string) => {
    pageHls = pageHls.filter((x) => x.id !== id);
  },
  revealHighlight: async () => true,
  exportHighlights: async (format: string) => ({ filename: `x.${format}`, mime: 'text/plain', text: `export ${format}` }),
  importHighlights: async (text: string) => {
    if (!text.startsWith('{')) throw new MessageError('Not a JSON file: Unexpected token', undefined, 'hl/import');
    return { added: 2, updated: 0, unchanged: 1, skipped: 0 };
  },
  download: (file: ExportedFile) => void downloads.push(file),
  copy: async (text: string) => void copied.push(text),
};

const api: PopupApi = {
  fillStatus: async () => ({ installing: false, done: 0, total: 0 }),
  ...highlightApi,
  search: async (q) =>
    q.toLowerCase().startsWith('sie')
      ? [hit(ENTITIES.A!, 100), hit(ENTITIES.B!, 80)]
      : q.toLowerCase().startsWith('post')
        ? [{ ...hit(entity('D', 'DHL Group'), 90), matched: 'Deutsche Post' }]
        : [],
  pageEntities: async () => [{ id: 'J', type: 'country', count: 3 }],
  entity: async (id) => ENTITIES[id] ?? null,
  summaries: async (ids) => ids.map((id) => ENTITIES[id] ?? null),
  facts: async (id) => [
    ...(id === 'B'
      ? [
          {
            id: 'f',
            subject: 'B',
            property: 'subsidiaryOf',
            object: 'A',
            origin: 'builtin' as const,
            direction: 'out' as const,
            otherLabel: ENTITIES.A!.label,
          },
        ]
      : []),
    ...own.filter((f) => f.subject === id),
  ],
  siteStatus: async () => ({ host: 'www.handelsblatt.com', enabled: true, url: 'https://www.handelsblatt.com/a.html', title: 'A' }),
  setSiteEnabled: async () => {},
  sightings: async () => [],
  notes: async () => [],
  reveal: async () => true,
  pageMap: async (entities) => pageMapOf(entities, []),
  coMentions: async () => [],
  putFact: async (f) => {
    const i = own.findIndex((o) => o.id === f.id);
    const fact: FactView = {
      id: f.id ?? `u:${own.length}`,
      subject: f.subject,
      property: f.property,
      value: f.value,
      origin: 'user',
      direction: 'out',
    };
    if (i >= 0) own[i] = fact;
    else own.push(fact);
    return fact;
  },
  deleteFact: async (id) =>
    own.splice(
      own.findIndex((o) => o.id === id),
      1,
    ),
};

describe('PopupApp', () => {
  it("lists this page's entities with their counts and the site switch", async () => {
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    await screen.findByText('Japan');
    expect(screen.getByText('3')).toBeTruthy();
    // Grouped by type: Japan is under the countries, and there are no companies on this page.
    expect(screen.getByRole('region', { name: 'Länder' }).textContent).toContain('Japan');
    expect(screen.queryByRole('region', { name: 'Unternehmen' })).toBeNull();
    expect((screen.getByLabelText(/Auf dieser Website markieren/) as HTMLInputElement).checked).toBe(true);
  });

  it('says which name matched when the result goes by another', async () => {
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Wissensbasis durchsuchen' }), { target: { value: 'post' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0]!.textContent).toContain('Deutsche Post → DHL Group'));
    fireEvent.input(screen.getByRole('combobox', { name: 'Wissensbasis durchsuchen' }), { target: { value: 'sie' } });
    await waitFor(() => expect(screen.getAllByRole('option')[0]!.textContent).not.toContain('→'));
  });

  it('is usable with the keyboard: arrows, Enter, Escape back, and back through followed relations', async () => {
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    const search = screen.getByRole('combobox', { name: 'Wissensbasis durchsuchen' });
    fireEvent.input(search, { target: { value: 'sie' } });
    await screen.findByText('Siemens Energy');
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(search, { key: 'Enter' });
    await screen.findByRole('heading', { name: 'Siemens Energy' });
    fireEvent.click(await screen.findByRole('button', { name: 'Siemens' }));
    await screen.findByRole('heading', { name: 'Siemens' });
    fireEvent.keyDown(document, { key: 'Escape' });
    await screen.findByRole('heading', { name: 'Siemens Energy' });
    fireEvent.keyDown(document, { key: 'Escape' });
    await screen.findByRole('combobox', { name: 'Wissensbasis durchsuchen' });
  });
});

describe('own facts', () => {
  it("adds, edits and deletes the reader's facts in the details", async () => {
    render(<PopupApp api={api} lang="en" t={translator('en')} initialEntity="J" />);
    await screen.findByRole('heading', { name: 'Japan' });
    fireEvent.input(screen.getByLabelText('Property'), { target: { value: 'note' } });
    fireEvent.input(screen.getByLabelText('Value'), { target: { value: 'important market' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add fact' }).closest('form')!);
    await screen.findByText(/note: important market/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Value'), { target: { value: 'very important market' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await screen.findByText(/note: very important market/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText(/important market/)).toBeNull());
  });
});

describe('PopupApp highlights', () => {
  it("lists the page's highlights, marks orphans, edits, deletes, copies and exports", async () => {
    pageHls = [
      sampleHighlight({ note: 'Notiz eins' }),
      sampleHighlight({
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'Verschwundener Satz.' },
          position: { type: 'TextPositionSelector', start: 999, end: 1019 },
        },
      }),
    ];
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    await screen.findByText('Notiz eins');
    const orphan = screen.getByText('Verschwundener Satz.').closest('li')!;
    expect(orphan.textContent).toContain('Auf der Seite nicht gefunden');
    expect(screen.getAllByText('Auf der Seite nicht gefunden')).toHaveLength(1);

    fireEvent.click(screen.getAllByRole('button', { name: 'Bearbeiten' })[0]!);
    fireEvent.input(screen.getByLabelText('Notiz'), { target: { value: 'geändert' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(pageHls[0]!.note).toBe('geändert'));

    fireEvent.click(screen.getByRole('button', { name: 'Als Markdown kopieren' }));
    await waitFor(() => expect(copied).toEqual(['export markdown']));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Markierungen dieser Seite exportieren' })).getByRole('button', {
        name: 'Web-Annotation-JSON',
      }),
    );
    await waitFor(() => expect(downloads.at(-1)?.filename).toBe('x.json'));

    fireEvent.click(within(orphan).getByRole('button', { name: 'Löschen' }));
    await waitFor(() => expect(screen.queryByText('Verschwundener Satz.')).toBeNull());
    expect(pageHls).toHaveLength(1);
  });

  it('reports an import: counts on success, the reason on failure', async () => {
    pageHls = [];
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    const input = (await screen.findByLabelText(/Markierungen importieren/)) as HTMLInputElement;
    const pick = (text: string) => fireEvent.change(input, { target: { files: [new File([text], 'h.json')] } });
    pick('kaputt');
    expect((await screen.findByRole('alert')).textContent).toBe('Not a JSON file: Unexpected token');
    pick('{}');
    expect((await screen.findByText(/2 hinzugefügt/)).textContent).toBe('2 hinzugefügt, 0 aktualisiert, 1 unverändert, 0 übersprungen.');
  });
});
