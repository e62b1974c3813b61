/**
 * The hover card on the page: an extension page (card.html) in a frame beside the mark. The page
 * sees the frame, never the card's content; the frame reads the card from the background itself.
 */
import type { FromFrame } from '../lib/frame-link';
import type { Mark } from '../lib/page/marks';
import { mountFrame, type FrameHost } from './FrameHost';
import { rangeReference } from './floating';

export interface CardLayerOptions {
  /** card.html's address and the extension's origin. */
  url: string;
  origin: string;
  title: string;
  /** The site the card's "not on this site" mutes a name for. */
  site: string;
  pageEntityIds(): string[];
  onMessage(m: FromFrame): void;
}

export interface CardLayer {
  /** Shows the card of `mark`; with `focus`, the card takes the keyboard focus once it is drawn. */
  open(mark: Mark, focus?: boolean): void;
  close(): void;
  readonly frame: FrameHost;
}

export function mountCardLayer(container: HTMLElement, o: CardLayerOptions): CardLayer {
  const host = mountFrame(container, { url: o.url, origin: o.origin, title: o.title, onMessage: o.onMessage });
  return {
    frame: host,
    open(mark, focus = false) {
      host.show(
        rangeReference(mark.range),
        {
          type: 'card',
          id: mark.entityId,
          name: mark.text,
          site: o.site,
          pageEntityIds: o.pageEntityIds(),
          focus,
          at: performance.timeOrigin + performance.now(),
        },
        focus,
      );
    },
    close: () => host.hide(),
  };
}
