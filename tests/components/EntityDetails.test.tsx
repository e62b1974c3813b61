// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityDetails, type EntityDetailsProps } from '../../components/EntityDetails';
import { translator } from '../../lib/i18n/messages';

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
      putFact: async () => null,
      deleteFact: async () => null,
      exportHighlights: async () => ({ filename: 'x', mime: 'text/plain', text: '' }),
      download: () => undefined,
    };
    render(<EntityDetails api={api} id="Q17" lang="de" t={translator('de')} onBack={() => undefined} onOpen={() => undefined} />);
    expect(await screen.findByText('Kaputt')).toBeTruthy();
    expect(screen.getByText('Artikel')).toBeTruthy();
  });
});
