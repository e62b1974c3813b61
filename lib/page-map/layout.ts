/**
 * Where the page map draws each entity: a force layout from d3-force (the well-kept standard for
 * node-link diagrams, small, ISC-licensed), run to rest before the first paint so the map does not
 * move under the reader's pointer, seeded so the same page always gets the same picture.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { groupDerived, type DerivedGroup } from '../kb/relations';
import type { FactView } from '../kb/types';

export interface MapNodeInput {
  id: string;
  type: 'company' | 'country' | 'organisation';
  /** Mentions on the page: bigger nodes for the entities the article is about. */
  count: number;
}

export interface MapEdgeInput {
  source: string;
  target: string;
  /** A derived relation (same index, industry, country): drawn lighter than a typed one. */
  derived: boolean;
}

export interface PlacedNode extends MapNodeInput {
  x: number;
  y: number;
  r: number;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: Array<MapEdgeInput & { key: string }>;
}

/** The map's drawing width in SVG units (the drawing scales to its box). */
export const MAP_WIDTH = 336;
/** Up to this many entities the map also draws derived relations (dashed). */
const DERIVED_LINES_UP_TO = 16;

/** A page's relations and the map of them: made in the background, where the layout code is warm. */
export interface PageMapData {
  /** The typed relations among the page's entities, the most telling first. */
  typed: FactView[];
  /**
   * The derived ones as one group per shared index, industry or country: a page of 40 entities has
   * hundreds of derived pairs, which as pairs made the answer ten times larger.
   */
  groups: DerivedGroup[];
  layout: MapLayout;
}

/**
 * The page's map: derived relations link nearly every pair on a busy page (all carmakers share an
 * industry), so there they are words below the map, not lines; "based in the same country" is never a line.
 */
export function pageMapOf(entities: readonly MapNodeInput[], links: FactView[], width = MAP_WIDTH): PageMapData {
  const edges = links
    .filter(
      (f) => f.object !== undefined && (f.origin !== 'derived' || (entities.length <= DERIVED_LINES_UP_TO && f.property !== 'sameCountry')),
    )
    .map((f) => ({ source: f.subject, target: f.object!, derived: f.origin === 'derived' }));
  const { typed, groups } = groupDerived(links);
  return { typed, groups, layout: layoutMap(entities, edges, width) };
}

/** Ticks to rest: d3's default cools over 300; 120 with the decay set to match give the same picture sooner. */
const TICKS = 120;
const MARGIN = 8;
/** Room for the label under a node. */
const LABEL_ROOM = 16;

/** A small linear congruential generator: d3-force's jiggle draws from it instead of Math.random. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function radiusOf(count: number): number {
  return 6 + Math.min(10, Math.sqrt(count) * 2.5);
}

/** Positions inside width × height (the height grows with the number of nodes). */
export function layoutMap(nodes: readonly MapNodeInput[], edges: readonly MapEdgeInput[], width: number): MapLayout {
  type SimNode = PlacedNode & SimulationNodeDatum;
  // Without x and y d3 places the nodes on a phyllotaxis spiral: a deterministic start. (Deleting them
  // from made objects instead put every node into V8's slow dictionary mode: the layout took twice as long.)
  const sim = nodes.map((n) => ({ id: n.id, type: n.type, count: n.count, r: radiusOf(n.count) }) as SimNode);
  const ids = new Set(nodes.map((n) => n.id));
  // d3 writes node objects into its links: it gets copies, the map keeps the ids.
  const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target).map((e) => ({ ...e }));
  const height = Math.round(Math.max(220, Math.min(560, 150 + nodes.length * 12)));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(seeded(nodes.length * 7919 + edges.length))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force(
      'link',
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode; derived: boolean }>(links.map((l) => ({ ...l })))
        .id((d) => d.id)
        .distance((l) => (l.derived ? 100 : 55))
        .strength((l) => (l.derived ? 0.03 : 0.7)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-140))
    .force('collide', forceCollide<SimNode>((d) => d.r + LABEL_ROOM / 2 + 4).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.1))
    .stop();
  simulation.tick(TICKS);
  // Fit into the box, keeping the aspect ratio; labels need room below each node.
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = MARGIN + 18;
  const scale = Math.min(2.5, (width - 2 * pad) / Math.max(1, maxX - minX), (height - 2 * pad - LABEL_ROOM) / Math.max(1, maxY - minY));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const placed = sim.map((n) => ({
    id: n.id,
    type: n.type,
    count: n.count,
    r: n.r,
    x: Math.round((width / 2 + ((n.x ?? 0) - cx) * scale) * 10) / 10,
    y: Math.round(((height - LABEL_ROOM) / 2 + ((n.y ?? 0) - cy) * scale) * 10) / 10,
  }));
  // One line per pair of entities: a typed relation wins over a derived one.
  const byKey = new Map<string, MapEdgeInput & { key: string }>();
  for (const e of links) {
    const key = [e.source, e.target].sort().join(' ');
    const had = byKey.get(key);
    if (!had || (had.derived && !e.derived)) byKey.set(key, { source: e.source, target: e.target, derived: e.derived, key });
  }
  return { width, height, nodes: placed, edges: [...byKey.values()] };
}

/**
 * The node to move to with an arrow key: the nearest one whose direction from `from` is within
 * 60° of the key's; none when nothing lies that way.
 */
export function neighbourInDirection(nodes: readonly PlacedNode[], from: PlacedNode, dx: number, dy: number): PlacedNode | undefined {
  let best: PlacedNode | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const dist = Math.hypot(vx, vy);
    if (dist === 0) continue;
    const cos = (vx * dx + vy * dy) / dist;
    if (cos < 0.5) continue;
    // Nearer and straighter ahead wins.
    const score = dist * (2 - cos);
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
