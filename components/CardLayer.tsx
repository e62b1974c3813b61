/**
 * The floating layer in the page's shadow root that shows one hover card next to its mark.
 * Positioned with Floating UI on a fixed-position element inside the shadow root (the host
 * itself has `all: initial`, which beats inline styles).
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Mark } from '../lib/page/marks';
import { rangeReference } from './floating';
import { render } from 'preact';
import type { CardData } from '../lib/kb/card';
import type { Translate, UiLang } from '../lib/i18n/messages';
import { HoverCard } from './HoverCard';

export interface CardLayerOptions {
  lang: UiLang;
  t: Translate;
  fetchCard(id: string): Promise<CardData | null>;
  onDetails?: (id: string) => void;
  /** The reader mutes the name of `mark`, on this site or everywhere. */
  onMute?: (mark: Mark, scope: 'site' | 'everywhere') => void;
}

export interface CardLayer {
  /** Shows the card of `mark`; with `focus`, the card takes the keyboard focus once it is drawn. */
  open(mark: Mark, focus?: boolean): void;
  close(): void;
  /** Whether the keyboard focus is inside the card. */
  hasFocus(): boolean;
}

export function mountCardLayer(container: HTMLElement, o: CardLayerOptions): CardLayer {
  const floating = document.createElement('div');
  floating.className = 'qv-layer';
  // The card holds controls (mute, details): a non-modal dialog, named after the entity.
  floating.setAttribute('role', o.onMute || o.onDetails ? 'dialog' : 'tooltip');
  floating.hidden = true;
  container.append(floating);
  let stopTracking: (() => void) | undefined;
  let generation = 0;

  const show = (mark: Mark, card: CardData | null | 'loading', focus = false) => {
    const onMute = o.onMute ? (scope: 'site' | 'everywhere') => o.onMute!(mark, scope) : undefined;
    render(<HoverCard card={card} lang={o.lang} t={o.t} onDetails={o.onDetails} onMute={onMute} />, floating);
    if (card && card !== 'loading') floating.setAttribute('aria-label', card.entity.label[o.lang]);
    floating.hidden = card === null;
    if (focus && card && card !== 'loading') floating.querySelector<HTMLElement>('button, [tabindex]')?.focus();
    stopTracking?.();
    const reference = rangeReference(mark.range);
    stopTracking = autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  };

  return {
    open(mark, focus) {
      const mine = ++generation;
      show(mark, 'loading');
      o.fetchCard(mark.entityId).then(
        (card) => mine === generation && show(mark, card, focus),
        () => mine === generation && show(mark, null),
      );
    },
    hasFocus: () => floating.contains(floating.getRootNode() instanceof ShadowRoot ? (floating.getRootNode() as ShadowRoot).activeElement : null),
    close() {
      generation++;
      stopTracking?.();
      stopTracking = undefined;
      render(null, floating);
      floating.hidden = true;
    },
  };
}
