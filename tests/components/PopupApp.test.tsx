// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import { translator } from '../../lib/i18n/messages';
import type { Entity, FactView, SearchHit } from '../../lib/kb/types';

afterEach(cleanup);

const entity = (id: string, name: string, type: Entity['type'] = 'company'): Entity => ({ id, type, label: { de: name, en: name }, names: [], origin: 'builtin' });
const ENTITIES: Record<string, Entity> = { A: entity('A', 'Siemens'), B: entity('B', 'Siemens Energy'), J: entity('J', 'Japan', 'country') };
const hit = (e: Entity, score: number): SearchHit => ({ id: e.id, type: e.type, label: e.label, matched: e.label.de, score });

/** Facts the reader adds in the test, kept like the background would keep them. */
const own: FactView[] = [];

const api: PopupApi = {
  search: async (q) => (q.toLowerCase().startsWith('sie') ? [hit(ENTITIES.A!, 100), hit(ENTITIES.B!, 80)] : []),
  pageEntities: async () => [{ id: 'J', type: 'country', count: 3 }],
  entity: async (id) => ENTITIES[id] ?? null,
  facts: async (id) => [
    ...(id === 'B' ? [{ id: 'f', subject: 'B', property: 'subsidiaryOf', object: 'A', origin: 'builtin' as const, direction: 'out' as const, otherLabel: ENTITIES.A!.label }] : []),
    ...own.filter((f) => f.subject === id),
  ],
  siteStatus: async () => ({ host: 'www.handelsblatt.com', enabled: true }),
  setSiteEnabled: async () => {},
  sightings: async () => [],
  reveal: async () => true,
  connections: async () => [],
  coMentions: async () => [],
  putFact: async (f) => {
    const i = own.findIndex((o) => o.id === f.id);
    const fact: FactView = { id: f.id ?? `u:${own.length}`, subject: f.subject, property: f.property, value: f.value, origin: 'user', direction: 'out' };
    if (i >= 0) own[i] = fact;
    else own.push(fact);
    return fact;
  },
  deleteFact: async (id) => own.splice(own.findIndex((o) => o.id === id), 1),
};

describe('PopupApp', () => {
  it('lists this page\'s entities with their counts and the site switch', async () => {
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    await screen.findByText('Japan');
    expect(screen.getByText('3')).toBeTruthy();
    // Grouped by type: Japan is under the countries, and there are no companies on this page.
    expect(screen.getByRole('region', { name: 'Länder' }).textContent).toContain('Japan');
    expect(screen.queryByRole('region', { name: 'Unternehmen' })).toBeNull();
    expect((screen.getByLabelText(/Auf dieser Website markieren/) as HTMLInputElement).checked).toBe(true);
  });

  it('is usable with the keyboard: arrows, Enter, Escape back, and back through followed relations', async () => {
    render(<PopupApp api={api} lang="de" t={translator('de')} />);
    const search = screen.getByRole('searchbox');
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
    await screen.findByRole('searchbox');
  });
});

describe('own facts', () => {
  it('adds, edits and deletes the reader\'s facts in the details', async () => {
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
