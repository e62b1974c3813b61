/**
 * The map of a page: its entities as nodes (companies round, countries square, sized by mentions),
 * the relations among them as lines (typed ones solid, derived ones dashed). The entity under the
 * pointer or focus lights up with its lines, and its relations are listed in words below; choosing
 * one (click, Enter or Space) shows it on the page and opens its details. One node is in the tab
 * order at a time; the arrow keys move to the nearest node in their direction.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate, UiLang } from '../lib/i18n/strings';
import { countText } from '../lib/i18n/plural';
import { entityLabel } from '../lib/kb/format';
import type { Entity } from '../lib/kb/types';
import type { PageEntity } from '../lib/protocol';
import { neighbourInDirection, type PageMapData, type PlacedNode } from '../lib/page-map/layout';
import { RelationLine } from './RelationLine';
import { DerivedGroupLine } from './DerivedGroups';
import { groupsOf } from '../lib/kb/relations';

export interface PageMapProps {
  entities: readonly PageEntity[];
  labels: Readonly<Record<string, Pick<Entity, 'label'>>>;
  /** The relations among the entities and where each entity is drawn (`pageMapOf`). */
  map: PageMapData;
  lang: UiLang;
  t: Translate;
  onChoose(id: string): void;
}

const ARROWS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const TYPE_KEY = { company: 'typeCompany', country: 'typeCountry', organisation: 'typeOrganisation' } as const;

export function PageMap({ entities, labels, map, lang, t, onChoose }: PageMapProps) {
  const { typed, groups, layout } = map;
  const nodeById = new Map(layout.nodes.map((n) => [n.id, n]));
  // For npm run bench -- popup: when the map with its relations was first drawn.
  useEffect(() => {
    performance.mark('querverweis-map-drawn', { detail: { nodes: layout.nodes.length, edges: layout.edges.length } });
  }, [layout]);
  const [active, setActive] = useState<string | undefined>(undefined);
  const [tabStop, setTabStop] = useState<string | undefined>(undefined);
  const svg = useRef<SVGSVGElement>(null);
  const nameOf = (id: string) => {
    const e = labels[id];
    return e ? entityLabel(e, lang) : id.startsWith('new:') ? id.slice(4) : id;
  };
  const degree = (id: string) => layout.edges.filter((e) => e.source === id || e.target === id).length;
  const linked = new Set(
    active ? layout.edges.flatMap((e) => (e.source === active || e.target === active ? [e.source, e.target] : [])) : [],
  );
  const short = entities.length > 16;
  const focusNode = (n: PlacedNode) => {
    setTabStop(n.id);
    setActive(n.id);
    svg.current?.querySelector<SVGGElement>(`[data-map-node="${CSS.escape(n.id)}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, n: PlacedNode) => {
    const arrow = ARROWS[e.key];
    if (arrow) {
      e.preventDefault();
      const next = neighbourInDirection(layout.nodes, n, arrow[0], arrow[1]);
      if (next) focusNode(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onChoose(n.id);
    }
  };
  const current = tabStop ?? layout.nodes[0]?.id;
  const activeTyped = active ? typed.filter((f) => f.subject === active || f.object === active) : [];
  const activeGroups = active ? groupsOf(groups, active) : [];
  return (
    <section class="qv-map" aria-labelledby="qv-map-title">
      <h2 id="qv-map-title">{t('pageMap')}</h2>
      <p class="qv-map__hint" id="qv-map-hint">
        {t('pageMapHint')}
      </p>
      <svg
        ref={svg}
        class="qv-map__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-labelledby="qv-map-title"
        aria-describedby="qv-map-hint"
        data-map-nodes={layout.nodes.length}
        data-map-edges={layout.edges.length}
      >
        <g class="qv-map__edges" aria-hidden="true">
          {layout.edges.map((edge) => {
            const a = nodeById.get(edge.source)!;
            const b = nodeById.get(edge.target)!;
            const lit = active !== undefined && (edge.source === active || edge.target === active);
            return (
              <line
                key={edge.key}
                class={`qv-map__edge${edge.derived ? ' qv-map__edge--derived' : ''}${lit ? ' qv-map__edge--lit' : ''}`}
                data-map-edge={edge.key}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
              />
            );
          })}
        </g>
        <g class="qv-map__nodes">
          {layout.nodes.map((n) => {
            const name = nameOf(n.id);
            const dim = active !== undefined && n.id !== active && !linked.has(n.id);
            const label = short && name.length > 12 ? `${name.slice(0, 11)}…` : name;
            return (
              <g
                key={n.id}
                role="button"
                tabindex={n.id === current ? 0 : -1}
                data-map-node={n.id}
                class={`qv-map__node qv-map__node--${n.type}${n.id === active ? ' qv-map__node--active' : ''}${dim ? ' qv-map__node--dim' : ''}`}
                transform={`translate(${n.x} ${n.y})`}
                aria-label={`${name}, ${t(TYPE_KEY[n.type])}, ${countText(t, lang, n.count, 'mentionCount')}, ${countText(t, lang, degree(n.id), 'connectionCount')}`}
                onMouseEnter={() => setActive(n.id)}
                onMouseLeave={() =>
                  setActive((a) => (a === n.id && document.activeElement?.getAttribute('data-map-node') !== n.id ? undefined : a))
                }
                onFocus={() => {
                  setTabStop(n.id);
                  setActive(n.id);
                }}
                onBlur={() => setActive((a) => (a === n.id ? undefined : a))}
                onClick={() => onChoose(n.id)}
                onKeyDown={(e) => onKeyDown(e, n)}
              >
                {n.type === 'company' ? (
                  <circle r={n.r} class="qv-map__shape" />
                ) : (
                  <rect x={-n.r} y={-n.r} width={2 * n.r} height={2 * n.r} rx={3} class="qv-map__shape" />
                )}
                <text class="qv-map__label" y={n.r + 11} text-anchor="middle" aria-hidden="true">
                  {label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {active && (
        <div class="qv-map__focus" aria-live="polite">
          <strong>{nameOf(active)}</strong>
          {activeTyped.length + activeGroups.length === 0 ? (
            <p class="qv-map__none">{t('pageMapNoLinks')}</p>
          ) : (
            <ul>
              {activeTyped.map((f) => (
                <li key={f.id}>
                  <RelationLine fact={f} self={nameOf(f.subject)} lang={lang} />
                </li>
              ))}
              {activeGroups.map((g) => (
                <li key={`${g.property}:${g.value}`}>
                  <DerivedGroupLine group={g} lang={lang} t={t} labelOf={(id) => labels[id]?.label} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
