// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { translator } from '../../lib/i18n/messages';
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
});
