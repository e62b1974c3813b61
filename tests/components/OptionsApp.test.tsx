// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import { translator } from '../../lib/i18n/strings';
import type { MuteRow } from '../../lib/db';
import { MessageError } from '../../lib/messaging';
import { ALL_SITES } from '../../lib/reader-sites';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

afterEach(cleanup);

function fakeApi() {
  const state = {
    settings: { ...DEFAULT_SETTINGS } as Settings,
    cleared: 0,
    mutes: [{ id: '*|bayer', site: '*', name: 'Bayer', createdAt: 1 }] as MuteRow[],
    downloads: [] as string[],
    origins: [] as string[],
    /** What the browser answers to a permission request. */
    grants: true,
    deleted: 0,
  };
  const api: OptionsApi = {
    fillStatus: async () => ({ installing: false, done: 0, total: 0 }),
    settings: async () => state.settings,
    saveSettings: async (s) => void (state.settings = s),
    clearHistory: async () => void state.cleared++,
    mutes: async () => state.mutes,
    unmute: async (id) => void (state.mutes = state.mutes.filter((m) => m.id !== id)),
    exportKb: async (scope) => `{"scope":"${scope}"}`,
    importKb: async (format, text) => {
      if (text.includes('bad')) throw new Error('facts[0], object: no entity "Q404"');
      return { entities: 2, facts: 3 };
    },
    download: (name) => void state.downloads.push(name),
    resetBuiltin: async () => ({ entities: 1200, facts: 5400 }),
    backup: async () => ({ filename: 'querverweis-backup-2026-11-22.json', text: '{}' }),
    restore: async (text) => {
      if (text.includes('full')) throw new MessageError('QuotaExceededError', 'storage-full', 'data/restore');
      if (text.includes('bad')) throw new MessageError('highlights[0]: color must be one of yellow, green', undefined, 'data/restore');
      state.settings = { ...state.settings, markStyle: 'solid' };
      return { entities: 1, facts: 2, highlights: 3, mutes: 4, history: 5 };
    },
    deleteAll: async () => {
      state.deleted++;
      state.mutes = [];
    },
    readerSites: async () => ({
      allSites: ALL_SITES.every((o) => state.origins.includes(o)),
      sites: state.origins.filter((o) => o.startsWith('https://*.')).map((o) => o.slice(10, -2)),
    }),
    grant: async (origins) => {
      if (state.grants) state.origins.push(...origins);
      return state.grants;
    },
    revoke: async (origins) => void (state.origins = state.origins.filter((o) => !origins.includes(o))),
  };
  return { api, state };
}

const file = (text: string) => ({ target: { files: [new File([text], 'x.json')] } });

describe('OptionsApp', () => {
  it('switches a site and the reading history, clears it, and unmutes a name', async () => {
    const { api, state } = fakeApi();
    render(<OptionsApp api={api} t={translator('en')} />);
    fireEvent.click(await screen.findByLabelText('faz.net'));
    await waitFor(() => expect(state.settings.disabledSites).toEqual(['faz.net']));
    fireEvent.click(screen.getByLabelText('Remember where I met companies and countries'));
    await waitFor(() => expect(state.settings.recordHistory).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await screen.findByText('History cleared.');
    expect(state.cleared).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Mark again Bayer' }));
    await screen.findByText('No muted names.');
  });

  it("adds a site through the browser's permission, refuses what is not a host, and removes it", async () => {
    const { api, state } = fakeApi();
    render(<OptionsApp api={api} t={translator('en')} />);
    const field = await screen.findByLabelText('Add a site (address or host name)');
    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('That is not a web address or host name.');
    expect(state.origins).toEqual([]);

    fireEvent.input(field, { target: { value: 'https://www.tagesanzeiger.ch/wirtschaft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Querverweis now runs on tagesanzeiger.ch. Reload pages of it that are open.');
    expect(state.origins).toEqual(['https://*.tagesanzeiger.ch/*']);
    // Its own switch, like the news sites.
    fireEvent.click(await screen.findByLabelText('tagesanzeiger.ch'));
    await waitFor(() => expect(state.settings.disabledSites).toEqual(['tagesanzeiger.ch']));

    state.grants = false;
    fireEvent.input(field, { target: { value: 'example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('The browser did not grant access to example.com. Nothing changed.');

    fireEvent.click(screen.getByRole('button', { name: 'Remove tagesanzeiger.ch' }));
    await screen.findByText('No sites added yet.');
    expect(state.origins).toEqual([]);

    state.grants = true;
    fireEvent.click(screen.getByLabelText('Run on every website'));
    await waitFor(() => expect((screen.getByLabelText('Run on every website') as HTMLInputElement).checked).toBe(true));
    expect(state.origins).toEqual(ALL_SITES);
  });

  it('sets entity types, look and hover delay', async () => {
    const { api, state } = fakeApi();
    render(<OptionsApp api={api} t={translator('de')} />);
    fireEvent.click(await screen.findByLabelText('Länder'));
    await waitFor(() => expect(state.settings.markTypes).toEqual(['company']));
    fireEvent.click(screen.getByLabelText('Getönter Hintergrund'));
    await waitFor(() => expect(state.settings.markStyle).toBe('background'));
    const delay = screen.getByLabelText('Infokarte öffnet nach (Millisekunden)') as HTMLInputElement;
    fireEvent.change(delay, { target: { value: '20' } });
    await waitFor(() => expect(state.settings.hoverDelayMs).toBe(100));
    fireEvent.change(delay, { target: { value: '450' } });
    await waitFor(() => expect(state.settings.hoverDelayMs).toBe(450));
  });

  it('exports, and imports with a clear message either way', async () => {
    const { api, state } = fakeApi();
    render(<OptionsApp api={api} t={translator('en')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(state.downloads).toEqual(['querverweis-eigene-daten.json']));
    const input = screen.getByLabelText('Import file') as HTMLInputElement;
    fireEvent.change(input, file('{"ok":1}'));
    await screen.findByText('Imported 2 entities and 3 facts.');
    fireEvent.change(input, file('bad'));
    await screen.findByText(/Nothing was imported: facts\[0\], object: no entity "Q404"/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset built-in data' }));
    await screen.findByText('Built-in data written again (1200 entries, 5400 facts). Your own data is unchanged.');
  });

  it('backs up, restores (or says why not), and deletes everything only after a confirm', async () => {
    const { api, state } = fakeApi();
    render(<OptionsApp api={api} t={translator('en')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Back up everything' }));
    await waitFor(() => expect(state.downloads).toEqual(['querverweis-backup-2026-11-22.json']));

    const restore = screen.getByLabelText('Restore a backup') as HTMLInputElement;
    fireEvent.change(restore, file('bad'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Nothing was restored: highlights[0]: color must be one of yellow, green'),
    );
    fireEvent.change(restore, file('full'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: the browser has no more storage space/));
    fireEvent.change(restore, file('{}'));
    await screen.findByText('Restored 1 entries, 2 facts, 3 highlights, 4 muted names and 5 history entries.');
    // The view reads the restored settings again.
    await waitFor(() => expect((screen.getByLabelText('Solid underline') as HTMLInputElement).checked).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(state.deleted).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(state.deleted).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete all my data' }));
    await screen.findByText('All your data was deleted.');
    expect(state.deleted).toBe(1);
    await screen.findByText('No muted names.');
  });
});
