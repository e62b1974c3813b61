/**
 * The private channels between a content script and the extension-origin frame it put into the page
 * (hover card, highlight editor). The frame's address carries a secret in its fragment. Content
 * script → frame: one end of a MessageChannel, handed over with the secret and posted to the
 * extension's origin only. Frame → content script: the extension's own messaging to the tab
 * (`page/frameEvent`, carrying the secret), which no page can send or see. (A port's messages from the
 * frame do not reach a Chromium content script's isolated world, so the channel serves one way.)
 * The page cannot read the frame's address (a closed shadow root, and a cross-origin frame's location
 * is unreadable), so it can neither forge the hand-over nor listen. What the frame shows and what the
 * reader types there stay in the extension's origin.
 */
import { isString } from './check';
import type { HighlightColor } from './highlights/model';
import { HIGHLIGHT_COLORS } from './highlights/model';

/** Content script → frame. */
export type ToFrame =
  /** `at`: when the card was asked for (epoch ms, for `npm run bench -- card`). */
  | { type: 'card'; id: string; name: string; site: string; pageEntityIds: string[]; focus: boolean; at: number }
  | { type: 'edit'; id: string; url: string; focus: boolean }
  | { type: 'hide' };

/** Frame → content script. Never the reader's data: only what the page layer needs to act. */
export type FromFrame =
  | { type: 'size'; width: number; height: number; seq: number }
  | { type: 'close' }
  | { type: 'pointer'; inside: boolean }
  | { type: 'muted'; name: string }
  | { type: 'recoloured'; id: string; color: HighlightColor }
  | { type: 'deleted'; id: string };

const CONNECT = 'querverweis-connect';

export function newFrameSecret(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Content script side: hands the frame its end of the channel, each time the frame loads. */
export function connectFrame(iframe: HTMLIFrameElement, extensionOrigin: string, secret: string): { post(m: ToFrame): void } {
  let port: MessagePort | undefined;
  let queued: ToFrame[] = [];
  iframe.addEventListener('load', () => {
    const channel = new MessageChannel();
    port?.close();
    port = channel.port1;
    iframe.contentWindow?.postMessage({ type: CONNECT, secret }, extensionOrigin, [channel.port2]);
    for (const m of queued) port.postMessage(m);
    queued = [];
  });
  return {
    post(m) {
      if (port) port.postMessage(m);
      else queued = m.type === 'hide' ? [] : [m];
    },
  };
}

/** Frame side: takes the content script's messages from the first hand-over that carries this frame's secret. */
export function acceptConnection(win: Window, onMessage: (m: unknown) => void): void {
  const secret = frameSecret(win);
  const listen = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; secret?: unknown } | null;
    if (!secret || data?.type !== CONNECT || data.secret !== secret || !e.ports[0]) return;
    win.removeEventListener('message', listen);
    e.ports[0].onmessage = (m) => onMessage(m.data);
  };
  win.addEventListener('message', listen);
}

/** The secret in a frame's address. */
export const frameSecret = (win: Window) => win.location.hash.slice(1);

export function isFromFrame(m: unknown): m is FromFrame {
  if (typeof m !== 'object' || m === null) return false;
  const d = m as Record<string, unknown>;
  switch (d.type) {
    case 'size':
      return typeof d.width === 'number' && typeof d.height === 'number' && Number.isInteger(d.seq);
    case 'close':
      return true;
    case 'pointer':
      return typeof d.inside === 'boolean';
    case 'muted':
      return typeof d.name === 'string';
    case 'recoloured':
      return typeof d.id === 'string' && HIGHLIGHT_COLORS.includes(d.color as HighlightColor);
    case 'deleted':
      return typeof d.id === 'string';
    default:
      return false;
  }
}

export function isToFrame(m: unknown): m is ToFrame {
  if (typeof m !== 'object' || m === null) return false;
  const d = m as Record<string, unknown>;
  const str = (v: unknown, max = 4000) => isString(v, max);
  switch (d.type) {
    case 'card':
      return (
        str(d.id, 200) &&
        str(d.name, 200) &&
        str(d.site, 253) &&
        Array.isArray(d.pageEntityIds) &&
        d.pageEntityIds.length <= 5000 &&
        d.pageEntityIds.every((x) => str(x, 200)) &&
        typeof d.focus === 'boolean' &&
        typeof d.at === 'number'
      );
    case 'edit':
      return str(d.id, 200) && str(d.url) && typeof d.focus === 'boolean';
    case 'hide':
      return true;
    default:
      return false;
  }
}
