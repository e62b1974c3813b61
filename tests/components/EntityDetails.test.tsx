// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityDetails, type EntityDetailsProps } from '../../components/EntityDetails';
import { translator } from '../../lib/i18n/strings';

afterEach(cleanup);

describe('EntityDetails', () => {
  it('shows a history row whose address does not parse (stored before addresses were checked) instead of failing', async () => {
    const api: EntityDetailsProps['api'] = {
      entity: async () => ({ id: 'Q17', type: 'country', label: { de: 'Japan', en: 'Japan' }, names: [], origin: 'builtin' }),
      facts: async () => [],
      sightings: async () => [
        { id: 1, entityId: 'Q17', url: 'https://[odd', title: 'Kaputt', seenAt: 1000, count: 1 },
        { id: 2, entityId: 'Q17', url: 'https://www.handelsblatt.com/a.html', title: 'Artikel', seenAt: 2000, count: 1 },
      ],
      coMentions: async () => [],
      notes: async () => [],
      putFact: async () => null,
      deleteFact: async () => null,
      exportHighlights: async () => ({ filename: 'x', mime: 'text/plain', text: '' }),
      download: () => undefined,
    };
    render(<EntityDetails api={api} id="Q17" lang="de" t={translator('de')} onBack={() => undefined} onOpen={() => undefined} />);
    expect(await screen.findByText('Kaputt')).toBeTruthy();
    expect(screen.getByText('Artikel')).toBeTruthy();
  });

  it("lists the reader's notes that mention the entity, from every article, with a correct plural", async () => {
    const note = (id: string, exact: string, text: string, at: number) => ({
      id,
      url: `https://www.handelsblatt.com/${id}.html`,
      title: id,
      createdAt: at,
      updatedAt: at,
      color: 'yellow' as const,
      note: text,
      tags: [],
      entityIds: ['Q17'],
      selectors: {
        quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
      },
    });
    const api: EntityDetailsProps['api'] = {
      entity: async () => ({ id: 'Q17', type: 'country', label: { de: 'Japan', en: 'Japan' }, names: [], origin: 'builtin' }),
      facts: async () => [],
      sightings: async () => [],
      coMentions: async () => [{ id: 'Q148', pages: 1, label: { de: 'China', en: 'China' } }],
      notes: async () => [note('a', 'Japan investiert in Chips', 'wichtig', 1000), note('b', 'Japans Exporte', '', 2000)],
      putFact: async () => null,
      deleteFact: async () => null,
      exportHighlights: async () => ({ filename: 'x', mime: 'text/plain', text: '' }),
      download: () => undefined,
    };
    render(<EntityDetails api={api} id="Q17" lang="de" t={translator('de')} onBack={() => undefined} onOpen={() => undefined} />);
    const section = await screen.findByRole('region', { name: 'Ihre Notizen zu Japan' });
    expect(section.textContent).toContain('2 Notizen');
    expect(section.textContent).toMatch(/Japans Exporte.*Japan investiert in Chips.*wichtig/);
    expect((await screen.findByText('1 Seite')).tagName).toBe('SMALL');
  });
});
