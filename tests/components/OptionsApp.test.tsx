// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import { translator } from '../../lib/i18n/messages';
import type { MuteRow } from '../../lib/kb/db';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

afterEach(cleanup);

function fakeApi() {
  const state = { settings: { ...DEFAULT_SETTINGS } as Settings, cleared: 0, mutes: [{ id: '*|bayer', site: '*', name: 'Bayer', createdAt: 1 }] as MuteRow[], downloads: [] as string[] };
  const api: OptionsApi = {
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
  };
  return { api, state };
}

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
    fireEvent.click(screen.getByRole('button', { name: 'Mark again' }));
    await screen.findByText('No muted names.');
  });

  it('exports, and imports with a clear message either way', async () => {
    const { api, state } = fakeApi();
    render(<OptionsApp api={api} t={translator('en')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(state.downloads).toEqual(['querverweis-eigene-daten.json']));
    const input = screen.getByLabelText('Import file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{"ok":1}'], 'kb.json')] } });
    await screen.findByText('Imported 2 entities and 3 facts.');
    fireEvent.change(input, { target: { files: [new File(['bad'], 'kb.json')] } });
    await screen.findByText(/Nothing was imported: facts\[0\], object: no entity "Q404"/);
  });
});
