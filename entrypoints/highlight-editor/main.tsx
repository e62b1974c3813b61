/**
 * The highlight editor as an extension page in a frame on the news page: the note and tags are read
 * and written here, in the extension's origin, so the page can neither read them nor see the keys
 * the reader types. The content script only learns what it must repaint (a colour, a deletion).
 */
import '../../components/card.css';
import '../../components/frame.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { startFramePage } from '../../components/frame-page';
import { HighlightEditor } from '../../components/HighlightEditor';
import { isToFrame } from '../../lib/frame-link';
import type { Highlight } from '../../lib/highlights/model';
import { uiStrings } from '../../lib/i18n/strings';
import { problemText } from '../../lib/i18n/problem';
import { createClient } from '../../lib/messaging';

const { lang, t } = uiStrings(browser.i18n);
document.documentElement.lang = lang;
const send = createClient((msg) => browser.runtime.sendMessage(msg));
const app = document.getElementById('app')!;
let generation = 0;

function draw(h: Highlight, focus: boolean, problem?: string): void {
  render(
    <div class="qv-layer qv-hl-layer" role="dialog" aria-label={t('highlight')}>
      <HighlightEditor
        key={h.id}
        highlight={h}
        t={t}
        autoFocus={focus}
        onColor={(color) =>
          void send('hl/edit', { id: h.id, color }).then(
            (updated) => {
              draw(updated, false);
              page.send({ type: 'recoloured', id: h.id, color });
            },
            (e: unknown) => draw(h, false, problemText(e, t)),
          )
        }
        onSave={(edit) => send('hl/edit', { id: h.id, ...edit })}
        onDelete={() =>
          void send('hl/delete', { id: h.id }).then(
            () => page.send({ type: 'deleted', id: h.id }),
            (e: unknown) => draw(h, false, problemText(e, t)),
          )
        }
        onClose={() => page.send({ type: 'close' })}
      />
      {problem && (
        <p role="alert" class="qv-hl-problem">
          {problem}
        </p>
      )}
    </div>,
    app,
  );
  page.measured();
}

const page = startFramePage(
  app,
  (m) => {
    if (!isToFrame(m)) return;
    const mine = ++generation;
    if (m.type !== 'edit') return (render(null, app), page.measured());
    void send('hl/list', { url: m.url }).then((list) => {
      const h = list.find((x) => x.id === m.id);
      if (mine !== generation) return;
      if (h) draw(h, m.focus);
      else page.send({ type: 'close' });
    });
  },
  send,
);
