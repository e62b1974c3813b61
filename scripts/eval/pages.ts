/** The labelled pages: the two gold pages in ../shared/fixtures (when present) and our own passages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PASSAGES } from '../../tests/eval/passages';
import { parsePage, type GoldSpan, type LabelledPage } from './evaluate';
import { nthOccurrence, visibleText } from './visible-text';

export const SHARED_FIXTURES = resolve('../shared/fixtures');
const SHARED_PAGES = ['seed-000-usa-japan', 'seed-003-japan-china'];

interface SharedGold {
  mentions: Array<{ text: string; occurrence: number; type: string; entity: string; optional?: boolean }>;
}

export function sharedPages(): LabelledPage[] {
  if (!existsSync(resolve(SHARED_FIXTURES, 'gold'))) return [];
  return SHARED_PAGES.map((name) => {
    const gold = JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'gold', `${name}.json`), 'utf8')) as SharedGold;
    return {
      id: name,
      html: readFileSync(resolve(SHARED_FIXTURES, 'pages', `${name}.html`), 'utf8'),
      gold: (visible: string) =>
        gold.mentions.map((m): GoldSpan => {
          const start = nthOccurrence(visible, m.text, m.occurrence);
          if (start < 0) throw new Error(`${name}: occurrence ${m.occurrence} of «${m.text}» is not in the visible text`);
          const type = m.optional || m.type === 'other_org' ? 'ignore' : m.type === 'company' ? 'company' : 'country';
          return { start, end: start + m.text.length, type, entity: m.entity };
        }),
    };
  });
}

/**
 * Our passages mark gold inline: [[Deutsche Bank|Q66048]] is a mention of that entity (type from
 * the knowledge base), {{Global Times}} a span that counts neither way. Markup inside a mention
 * ("[[<b>Deutsche</b> Bank|Q66048]]") is fine.
 */
const OPEN = '\ue000';
const CLOSE = '\ue001';
const IGNORE_OPEN = '\ue002';
const IGNORE_CLOSE = '\ue003';

export function passagePages(typeOf: (id: string) => 'company' | 'country' | undefined): LabelledPage[] {
  return PASSAGES.map((p) => {
    const ids: string[] = [];
    const marked = p.html
      .replace(/\[\[/g, OPEN)
      .replace(/\|([^\]|]+)\]\]/g, (_m, id: string) => `${CLOSE}${String.fromCharCode(0xe100 + ids.push(id) - 1)}`)
      .replace(/\{\{/g, IGNORE_OPEN)
      .replace(/\}\}/g, IGNORE_CLOSE);
    const clean = p.html.replace(/\[\[|\{\{|\}\}/g, '').replace(/\|[^\]|]+\]\]/g, '');
    return {
      id: p.id,
      html: page(clean, p.lang),
      gold: (visible: string) => goldFromMarkers(visibleText(parsePage(page(marked, p.lang)).body).text, visible, ids, typeOf, p.id),
    };
  });
}

function page(body: string, lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
}

function goldFromMarkers(
  withMarkers: string,
  visible: string,
  ids: string[],
  typeOf: (id: string) => 'company' | 'country' | undefined,
  pageId: string,
): GoldSpan[] {
  const spans: GoldSpan[] = [];
  const stack: Array<{ start: number; ignore: boolean }> = [];
  let text = '';
  for (let i = 0; i < withMarkers.length; i++) {
    const c = withMarkers[i]!;
    if (c === OPEN || c === IGNORE_OPEN) stack.push({ start: text.length, ignore: c === IGNORE_OPEN });
    else if (c === CLOSE) {
      const open = stack.pop()!;
      const id = ids[withMarkers.charCodeAt(++i) - 0xe100]!;
      const type = typeOf(id);
      if (!type) throw new Error(`${pageId}: no company or country "${id}" in the knowledge base`);
      spans.push({ start: open.start, end: text.length, type, entity: id });
    } else if (c === IGNORE_CLOSE) {
      const open = stack.pop()!;
      spans.push({ start: open.start, end: text.length, type: 'ignore' });
    } else text += c;
  }
  if (text !== visible) throw new Error(`${pageId}: the passage's markers change its visible text`);
  return spans;
}

/**
 * The development set of real news texts (../shared/eval-dev, README there): each text wrapped as a
 * page, its gold mentions found by their raw occurrence (the same in the visible text).
 */
export const EVAL_DEV = resolve('../shared/eval-dev');
/**
 * A second set of real news texts in the same format, chosen and labelled by this project before
 * any rule was changed for them (README there). Third-party text: kept beside the repository, never
 * in it, like ../shared; absent on a machine that lacks it.
 */
export const EVAL_OWN = resolve('../eval-own');

interface DevGold {
  lang: string;
  mentions: Array<{ text: string; occurrence: number; type: string; entity: string; inKb?: boolean; optional?: boolean }>;
}

/** The development set's scored company mentions: the gold entity (an id, or a name where the gold KB lacked it) and the text. */
export function devCompanyMentions(dir = EVAL_DEV): Array<{ entity: string; text: string }> {
  if (!existsSync(resolve(dir, 'gold'))) return [];
  return readdirSync(resolve(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(resolve(dir, 'gold', f), 'utf8')) as DevGold).mentions)
    .filter((m) => m.type === 'company' && !m.optional)
    .map(({ entity, text }) => ({ entity, text }));
}

export function devPages(dir = EVAL_DEV, prefix = 'dev'): LabelledPage[] {
  if (!existsSync(resolve(dir, 'gold'))) return [];
  return readdirSync(resolve(dir, 'raw'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, '');
      const lines = readFileSync(resolve(dir, 'raw', file), 'utf8').split('\n');
      const gold = JSON.parse(readFileSync(resolve(dir, 'gold', `${id}.json`), 'utf8')) as DevGold;
      const [headline = '', ...rest] = lines.slice(2);
      const paragraphs = rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const html = `<!doctype html><html lang="${gold.lang}"><head><meta charset="utf-8"><title>t</title></head><body><article><h1>${esc(headline)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
      return {
        id: `${prefix}-${id}`,
        html,
        gold: (visible: string) =>
          gold.mentions.map((m): GoldSpan => {
            const start = nthOccurrence(visible, m.text, m.occurrence);
            if (start < 0) throw new Error(`${prefix} ${id}: occurrence ${m.occurrence} of «${m.text}» is not in the visible text`);
            const scored = !m.optional && (m.type === 'company' || m.type === 'country' || m.type === 'country_deriv');
            const type = !scored ? 'ignore' : m.type === 'company' ? 'company' : 'country';
            const group =
              type === 'company' ? (m.inKb ? 'company, in the KB' : 'company, not in the KB') : type === 'country' ? 'country' : undefined;
            return { start, end: start + m.text.length, type, entity: m.entity, group };
          }),
      };
    });
}
