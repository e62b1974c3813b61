// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { translator } from '../../lib/i18n/strings';
import type { CardData } from '../../lib/kb/card';

afterEach(cleanup);

const card: CardData = {
  entity: {
    id: 'Q2283',
    type: 'company',
    label: { de: 'Microsoft', en: 'Microsoft' },
    names: [],
    description: { de: 'Software-Konzern', en: 'Software group <img src=x onerror=alert(1)>' },
    origin: 'builtin',
  },
  keyFacts: [{ id: 'f1', subject: 'Q2283', property: 'founded', value: 1975, origin: 'builtin', direction: 'out' }],
  relations: [
    {
      id: 'f2',
      subject: 'Q2283',
      property: 'investsIn',
      object: 'Q17',
      value: 2.9,
      unit: 'bn USD',
      asOf: '2024',
      source: { label: 'Handelsblatt' },
      origin: 'builtin',
      direction: 'out',
      otherLabel: { de: 'Japan', en: 'Japan' },
    },
  ],
};

describe('HoverCard', () => {
  it('shows name, type, key facts and relations on the page', () => {
    render(<HoverCard card={card} lang="de" t={translator('de')} />);
    expect(screen.getByText('Microsoft')).toBeTruthy();
    expect(screen.getByText('Unternehmen')).toBeTruthy();
    expect(screen.getByText('Gegründet')).toBeTruthy();
    expect(screen.getByText('1975')).toBeTruthy();
    expect(screen.getByText('Verbindungen auf dieser Seite')).toBeTruthy();
    expect(document.body.textContent).toContain('Microsoft → investiert in → Japan 2,9 Mrd. USD · Stand 2024 · Handelsblatt');
  });

  it('renders knowledge-base text as text, never as HTML', () => {
    const { container } = render(<HoverCard card={card} lang="en" t={translator('en')} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows a loading state', () => {
    render(<HoverCard card="loading" lang="en" t={translator('en')} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it("shows the reader's notes on the entity and where they met it, newest first, in correct plurals", () => {
    const seen = [
      {
        id: 1,
        entityId: 'Q2283',
        url: 'https://www.handelsblatt.com/a.html',
        title: 'Älterer Artikel',
        seenAt: Date.UTC(2026, 9, 1),
        count: 1,
      },
      { id: 2, entityId: 'Q2283', url: 'https://www.faz.net/b.html', title: 'Neuer Artikel', seenAt: Date.UTC(2026, 10, 20), count: 2 },
    ];
    const notes = [
      {
        id: 'n',
        url: 'https://www.handelsblatt.com/a.html',
        title: 'A',
        createdAt: 1,
        updatedAt: Date.UTC(2026, 9, 1),
        color: 'yellow' as const,
        note: 'Rechenzentren',
        tags: [],
        entityIds: ['Q2283'],
        selectors: {
          quote: { type: 'TextQuoteSelector' as const, exact: 'Microsoft investiert in Japan' },
          position: { type: 'TextPositionSelector' as const, start: 0, end: 29 },
        },
      },
    ];
    render(<HoverCard card={card} lang="de" t={translator('de')} notes={notes} seen={seen} />);
    const mine = screen.getByRole('region', { name: 'Ihre Notizen zu Microsoft' });
    expect(mine.textContent).toContain('1 Notiz');
    expect(mine.textContent).toContain('Microsoft investiert in Japan');
    expect(mine.textContent).toContain('Rechenzentren');
    const met = screen.getByRole('region', { name: 'Wo Sie darüber gelesen haben' });
    expect(met.textContent).toContain('2 Seiten');
    expect(met.textContent).toMatch(/Neuer Artikel.*Älterer Artikel/);
  });
});
