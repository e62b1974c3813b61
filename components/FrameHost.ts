/**
 * An extension page in a frame on the news page, placed beside a mark or highlight with Floating
 * UI and sized to what the page inside reports. The frame is the only thing of it in the page's
 * DOM (in a closed shadow root): its content is another origin's document.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { connectFrame, newFrameSecret, type FromFrame, type ToFrame } from '../lib/frame-link';

export interface FrameHost {
  readonly element: HTMLIFrameElement;
  /** The secret in the frame's address: the frame's events carry it (`page/frameEvent`). */
  readonly secret: string;
  /** An event from the page inside the frame. */
  receive(m: FromFrame): void;
  /** Shows the frame beside `reference` with `message` for the page inside. */
  show(reference: VirtualElement, message: ToFrame, focus?: boolean): void;
  hide(): void;
  readonly shown: boolean;
}

export function mountFrame(
  container: HTMLElement,
  o: { url: string; origin: string; title: string; onMessage(m: FromFrame): void },
): FrameHost {
  const frame = document.createElement('iframe');
  frame.className = 'qv-frame';
  frame.title = o.title;
  frame.setAttribute('scrolling', 'no');
  frame.style.width = '360px';
  frame.style.height = '0px';
  frame.hidden = true;
  const secret = newFrameSecret();
  frame.src = `${o.url}#${secret}`;
  let stop: (() => void) | undefined;
  let shown = false;
  let sizeSeq = 0;
  const link = connectFrame(frame, o.origin, secret);
  container.append(frame);
  return {
    element: frame,
    secret,
    receive(m) {
      if (m.type === 'size') {
        if (m.seq <= sizeSeq) return;
        sizeSeq = m.seq;
        frame.style.width = `${m.width}px`;
        frame.style.height = `${m.height}px`;
        // Shown once the page inside has drawn something: no empty box flashes up.
        frame.hidden = !shown || m.height === 0;
      }
      o.onMessage(m);
    },
    get shown() {
      return shown;
    },
    show(reference, message, focus) {
      shown = true;
      link.post(message);
      stop?.();
      stop = autoUpdate(reference, frame, () => {
        void computePosition(reference, frame, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          frame.style.left = `${x}px`;
          frame.style.top = `${y}px`;
        });
      });
      if (focus) {
        frame.hidden = false;
        frame.focus();
      }
    },
    hide() {
      shown = false;
      frame.hidden = true;
      stop?.();
      stop = undefined;
      link.post({ type: 'hide' });
    },
  };
}
