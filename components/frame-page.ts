/**
 * The common part of the extension pages that run in a frame on a news page: the channels to the
 * content script, reporting the content's size so the frame fits it, and the pointer and Escape.
 * Its events go to the content script of the frame's tab through the background (`ui/frameEvent`),
 * sent with the page's own client.
 */
import { acceptConnection, frameSecret, type FromFrame } from '../lib/frame-link';
import type { createClient } from '../lib/messaging';

export interface FramePage {
  send(m: FromFrame): void;
  /** Reports the content's size now (after each render: a hidden frame gets no ResizeObserver callbacks). */
  measured(): void;
}

export function startFramePage(content: HTMLElement, onMessage: (m: unknown) => void, client: ReturnType<typeof createClient>): FramePage {
  const secret = frameSecret(window);
  const send = (event: FromFrame) => void client('ui/frameEvent', { secret, event }).catch(() => undefined);
  acceptConnection(window, onMessage);
  let last = '';
  let seq = 0;
  const measured = () => {
    const r = content.getBoundingClientRect();
    const size = { type: 'size' as const, width: Math.ceil(r.width), height: Math.ceil(r.height), seq: 0 };
    const key = `${size.width}x${size.height}`;
    if (key === last) return;
    last = key;
    // Numbered: messages through the background may overtake each other.
    size.seq = ++seq;
    send(size);
  };
  new ResizeObserver(measured).observe(content);
  document.addEventListener('pointerenter', () => send({ type: 'pointer', inside: true }));
  document.addEventListener('pointerleave', () => send({ type: 'pointer', inside: false }));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') send({ type: 'close' });
  });
  return { send, measured };
}
