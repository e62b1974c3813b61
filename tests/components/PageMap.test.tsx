// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageMap } from '../../components/PageMap';
import { translator } from '../../lib/i18n/strings';
import type { Entity, FactView } from '../../lib/kb/types';
import type { PageEntity } from '../../lib/protocol';
import { layoutMap, neighbourInDirection, pageMapOf } from '../../lib/page-map/layout';

afterEach(cleanup);
const t = translator('de');
const entity = (id: string, name: string, type: Entity['type'] = 'company'): Entity => ({
  id,
  type,
  label: { de: name, en: name },
  names: [],
  origin: 'builtin',
});
const relation = (subject: string, property: string, object: string, extra: Partial<FactView> = {}): FactView => ({
  id: `${subject}:${property}:${object}`,
  subject,
  property,
  object,
  origin: 'builtin',
  direction: 'out',
  ...extra,
});

const page: PageEntity[] = [
  { id: 'PSE', type: 'company', count: 3 },
  { id: 'VW', type: 'company', count: 5 },
  { id: 'DE', type: 'country', count: 2 },
];
const labels = { PSE: entity('PSE', 'Porsche SE'), VW: entity('VW', 'Volkswagen'), DE: entity('DE', 'Deutschland', 'country') };
const links = [
  relation('PSE', 'holdsStakeIn', 'VW', {
    value: 53,
    unit: '%',
    asOf: '2025-03',
    source: { label: 'kurier.at', url: 'https://kurier.at/x' },
    otherLabel: labels.VW.label,
  }),
  relation('VW', 'headquarteredIn', 'DE', { otherLabel: labels.DE.label }),
];

describe('PageMap', () => {
  it('draws a node per entity and a line per related pair, and names each node for screen readers', () => {
    const { container } = render(
      <PageMap entities={page} labels={labels} map={pageMapOf(page, links)} lang="de" t={t} onChoose={() => undefined} />,
    );
    expect(container.querySelectorAll('[data-map-node]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-map-edge]')).toHaveLength(2);
    const vw = container.querySelector('[data-map-node="VW"]')!;
    expect(vw.getAttribute('aria-label')).toBe('Volkswagen, Unternehmen, 5 Erwähnungen, 2 Beziehungen');
    expect(container.querySelector('[data-map-node="DE"]')!.getAttribute('aria-label')).toContain('1 Beziehung');
    // One tab stop.
    expect([...container.querySelectorAll('[data-map-node]')].filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('lights the focused entity with its lines and lists its relations with share, date and source', () => {
    const { container } = render(
      <PageMap entities={page} labels={labels} map={pageMapOf(page, links)} lang="de" t={t} onChoose={() => undefined} />,
    );
    fireEvent.focus(container.querySelector('[data-map-node="PSE"]')!);
    expect(container.querySelector('[data-map-node="PSE"]')!.getAttribute('class')).toContain('qv-map__node--active');
    expect(container.querySelector('[data-map-node="DE"]')!.getAttribute('class')).toContain('qv-map__node--dim');
    expect(container.querySelectorAll('.qv-map__edge--lit')).toHaveLength(1);
    const focus = container.querySelector('.qv-map__focus')!.textContent!;
    expect(focus).toContain('Porsche SE → beteiligt an → Volkswagen');
    expect(focus).toContain('53\u00a0% · Stand März 2025 · kurier.at');
  });

  it('moves with the arrow keys and chooses with Enter', () => {
    const onChoose = vi.fn();
    const { container } = render(
      <PageMap entities={page} labels={labels} map={pageMapOf(page, links)} lang="de" t={t} onChoose={onChoose} />,
    );
    const nodes = [...container.querySelectorAll<SVGGElement>('[data-map-node]')];
    const start = nodes.find((n) => n.getAttribute('tabindex') === '0')!;
    start.focus();
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) fireEvent.keyDown(document.activeElement!, { key });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(page.map((p) => p.id)).toContain(onChoose.mock.calls[0]![0]);
  });
});

describe('layoutMap', () => {
  const many = Array.from({ length: 40 }, (_, i) => ({
    id: `E${i}`,
    type: i % 4 ? ('company' as const) : ('country' as const),
    count: (i % 7) + 1,
  }));
  const edges = many.slice(1).map((n, i) => ({ source: many[i % 5]!.id, target: n.id, derived: i % 3 === 0 }));

  it('keeps 40 nodes inside the drawing, apart from each other, the same on every run', () => {
    const a = layoutMap(many, edges, 336);
    const b = layoutMap(many, edges, 336);
    expect(a).toEqual(b);
    for (const n of a.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(336);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(a.height);
    }
    let overlapping = 0;
    for (const p of a.nodes) for (const q of a.nodes) if (p.id < q.id && Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r) overlapping++;
    expect(overlapping).toBe(0);
  });

  it('draws one line per pair, a typed relation over a derived one', () => {
    const layout = layoutMap(
      page,
      [
        { source: 'PSE', target: 'VW', derived: true },
        { source: 'VW', target: 'PSE', derived: false },
      ],
      336,
    );
    expect(layout.edges).toEqual([{ source: 'VW', target: 'PSE', derived: false, key: 'PSE VW' }]);
  });

  it('finds the neighbour in an arrow key direction', () => {
    const nodes = [
      { id: 'a', type: 'company' as const, count: 1, x: 0, y: 0, r: 5 },
      { id: 'right', type: 'company' as const, count: 1, x: 50, y: 5, r: 5 },
      { id: 'below', type: 'company' as const, count: 1, x: 0, y: 60, r: 5 },
    ];
    expect(neighbourInDirection(nodes, nodes[0]!, 1, 0)?.id).toBe('right');
    expect(neighbourInDirection(nodes, nodes[0]!, 0, 1)?.id).toBe('below');
    expect(neighbourInDirection(nodes, nodes[0]!, -1, 0)).toBeUndefined();
  });
});

describe('pageMapOf', () => {
  const derived = (subject: string, property: string, object: string, value: string) =>
    relation(subject, property, object, { origin: 'derived', value });
  // (A country in a "same country" pair stands in for a third company: the pair must differ from the index's.)
  const dax = [derived('PSE', 'sameIndex', 'VW', 'DAX'), derived('VW', 'sameCountry', 'DE', 'DE')];

  it('sends derived relations as one group per shared value and typed ones as they are', () => {
    const map = pageMapOf(page, [...links, ...dax]);
    expect(map.typed.map((f) => f.property)).toEqual(['holdsStakeIn', 'headquarteredIn']);
    expect(map.groups.map((g) => [g.property, g.value, g.members.map((m) => m.id)])).toEqual([
      ['sameIndex', 'DAX', ['PSE', 'VW']],
      ['sameCountry', 'DE', ['VW', 'DE']],
    ]);
  });

  it('draws a derived relation as a line on a small map, never "same country", and none on a busy one', () => {
    const small = pageMapOf(page, dax);
    expect(small.layout.edges).toEqual([{ source: 'PSE', target: 'VW', derived: true, key: 'PSE VW' }]);
    const busy = [...page, ...Array.from({ length: 20 }, (_, i) => ({ id: `X${i}`, type: 'company' as const, count: 1 }))];
    expect(pageMapOf(busy, dax).layout.edges).toEqual([]);
  });

  it('lists, for the entity in focus, the groups it belongs to without itself', () => {
    const { container } = render(
      <PageMap entities={page} labels={labels} map={pageMapOf(page, dax)} lang="de" t={t} onChoose={() => undefined} />,
    );
    fireEvent.focus(container.querySelector('[data-map-node="PSE"]')!);
    expect(container.querySelector('.qv-map__focus')!.textContent).toContain('Im selben Index (DAX): Volkswagen');
  });
});
