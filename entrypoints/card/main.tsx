/**
 * The hover card as an extension page in a frame on the news page: it reads the card from the
 * background itself, so the reader's own entities and facts never pass through the page's DOM.
 */
import '../../components/card.css';
import '../../components/frame.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { startFramePage } from '../../components/frame-page';
import { HoverCard } from '../../components/HoverCard';
import { NewCompanyCard } from '../../components/NewCompanyCard';
import { isToFrame } from '../../lib/frame-link';
import { uiStrings } from '../../lib/i18n/strings';
import type { CardData } from '../../lib/kb/card';
import type { Highlight } from '../../lib/highlights/model';
import type { Sighting } from '../../lib/db';
import { EVERYWHERE } from '../../lib/kb/mutes';
import { createClient } from '../../lib/messaging';

const { lang, t } = uiStrings(browser.i18n);
document.documentElement.lang = lang;
const send = createClient((msg) => browser.runtime.sendMessage(msg));
const app = document.getElementById('app')!;
let generation = 0;
const timings: number[] = [];
Object.assign(window, { querverweisCardTimings: timings });

const page = startFramePage(
  app,
  (m) => {
    if (!isToFrame(m)) return;
    const mine = ++generation;
    if (m.type !== 'card') return (render(null, app), page.measured());
    // A company the text introduced itself: not in the knowledge base (yet).
    if (m.id.startsWith('new:')) {
      const name = m.id.slice(4);
      render(
        <div class="qv-layer" role="dialog" aria-label={name}>
          <NewCompanyCard
            name={name}
            t={t}
            onAdd={() => send('kb/addEntity', { entity: { type: 'company', name } }).finally(() => page.measured())}
          />
        </div>,
        app,
      );
      page.measured();
      if (m.focus) app.querySelector<HTMLElement>('button')?.focus();
      return;
    }
    // The reader's own notes and history of the entity: asked by this frame, never by the page's script.
    let trail: { notes: Highlight[]; seen: Sighting[] } = { notes: [], seen: [] };
    let timed = false;
    const show = (card: CardData | null | 'loading') => {
      if (mine !== generation) return;
      const label = card && card !== 'loading' ? card.entity.label[lang] : undefined;
      render(
        <div class="qv-layer" role="dialog" aria-label={label ?? m.name}>
          <HoverCard
            card={card}
            lang={lang}
            t={t}
            notes={trail.notes}
            seen={trail.seen}
            onDetails={(id) => void send('ui/showEntity', { id })}
            onMute={(scope) => {
              void send('kb/mute', { name: m.name, site: scope === 'site' ? m.site : EVERYWHERE }).then(() =>
                page.send({ type: 'muted', name: m.name }),
              );
            }}
          />
        </div>,
        app,
      );
      page.measured();
      if (m.focus && label) app.querySelector<HTMLElement>('button')?.focus();
      // From the request on the page to the card drawn here (read by npm run bench -- card).
      if (label && !timed) {
        timed = true;
        timings.push(performance.timeOrigin + performance.now() - m.at);
      }
    };
    show('loading');
    const asked = send('kb/card', { id: m.id, pageEntityIds: m.pageEntityIds });
    // After the card's own request: the background answers in order, and the card comes first.
    const notes = send('hl/list', { entityId: m.id }).catch(() => []);
    const seen = send('kb/sightings', { entityId: m.id }).catch(() => []);
    asked.then(
      async (card) => {
        show(card);
        trail = { notes: await notes, seen: await seen };
        if (trail.notes.length || trail.seen.length) show(card);
      },
      () => show(null),
    );
  },
  send,
);
