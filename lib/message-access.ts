/**
 * Who may send which message to the background. The extension's own pages (popup, options, side
 * panel, and extension-origin frames inside a tab) may send every message. A content script runs
 * beside the page's own code, which can reach its messaging, so it may send only what marking a
 * page and keeping its highlights need, and only about its own page: never a backup, an export,
 * an import or "delete all".
 */
import { isEnvelope, type MessageType, type Reply, type Request } from './protocol';

export type SenderKind = 'extension-page' | 'content-script' | 'none';

/** The fields of runtime.MessageSender that decide. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * An extension page is a sender whose URL is in the extension's origin (`runtime.getURL('')`),
 * also when it is a frame inside a tab (then `tab` is set too: the URL decides, never the tab).
 * A content script has a tab and a URL outside the extension's origin. The caller has checked
 * that `sender.id` is the extension's own.
 */
export function senderKind(sender: SenderInfo, extensionOrigin: string): SenderKind {
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (typeof sender.url !== 'string' || sender.url === '') return 'none';
  if (sender.url.startsWith(origin)) return 'extension-page';
  // A frame of a resource with a dynamic URL (use_dynamic_url) has a per-session origin of its own;
  // the caller checked sender.id, and only the extension's own pages have an extension URL.
  if (/^(chrome|moz)-extension:\/\//.test(sender.url)) return 'extension-page';
  if (sender.tab !== undefined && sender.tab !== null) return 'content-script';
  return 'none';
}

/** What a check may look up in the database. */
export interface AccessLookups {
  /** The page address a stored highlight belongs to; undefined when there is no such highlight. */
  highlightUrl(id: string): Promise<string | undefined>;
}

type PageCheck<T extends MessageType> = (payload: Request<T>, page: URL, lookups: AccessLookups) => boolean | Promise<boolean>;
type PageChecks = { readonly [K in MessageType]?: PageCheck<K> };

function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url` is an http(s) address in the same origin as the sender's page. */
export const sameOrigin = (url: string, page: URL): boolean => originOf(url) !== undefined && originOf(url) === page.origin;

const always = () => true;

/** A highlight the content script may change: one of its own site's, or none at all (nothing happens then). */
async function ownHighlight(id: string, page: URL, lookups: AccessLookups): Promise<boolean> {
  const url = await lookups.highlightUrl(id);
  return url === undefined || sameOrigin(url, page);
}

/**
 * The messages a content script may send, each with the check its payload must pass against the
 * sender's page. Every message not listed is for extension pages only.
 */
export const CONTENT_SCRIPT_MESSAGES: PageChecks = {
  // Mutes of its own site only: another site's would tell the page what the reader muted there.
  'kb/spot': (p, page) => p.site === undefined || p.site === page.hostname,
  // A session is known only by its random id, which only the page that opened it has.
  'kb/spotCancel': always,
  'kb/card': always,
  'kb/mute': always,
  'ui/showEntity': always,
  // "Seen in": only the page the script runs in.
  'kb/recordSightings': ({ url }, page) => sameOrigin(url, page),
  // The page's own address and its canonical link, which the script accepts only on the same host.
  'hl/forPage': ({ urls }, page) => urls.every((u) => sameOrigin(u, page)),
  'hl/create': ({ highlight }, page) => typeof highlight.url === 'string' && sameOrigin(highlight.url, page),
  'hl/edit': ({ id }, page, lookups) => ownHighlight(id, page, lookups),
  'hl/delete': ({ id }, page, lookups) => ownHighlight(id, page, lookups),
};

export const NOT_ALLOWED = 'not allowed from a web page';

/**
 * Why the background refuses `msg` from `sender`, or undefined when it may answer. A malformed
 * message from a content script is refused before any check looks into it.
 */
export async function refusalOf(
  msg: unknown,
  sender: SenderInfo,
  extensionOrigin: string,
  lookups: AccessLookups,
): Promise<string | undefined> {
  const kind = senderKind(sender, extensionOrigin);
  if (kind === 'extension-page') return undefined;
  if (kind === 'none') return 'not allowed from this sender';
  if (!isEnvelope(msg)) return 'invalid message';
  const check = CONTENT_SCRIPT_MESSAGES[msg.type] as PageCheck<MessageType> | undefined;
  if (!check) return `${msg.type}: ${NOT_ALLOWED}`;
  const page = new URL(sender.url!);
  return (await check(msg.payload, page, lookups)) ? undefined : `${msg.type}: ${NOT_ALLOWED} (another site's data)`;
}

interface Dispatcher {
  accepts(msg: unknown): boolean;
  dispatch(msg: unknown): Promise<Reply>;
}

export interface AccessOptions {
  /** `runtime.id`: messages from anyone else are not ours to answer. */
  extensionId: string;
  /** `runtime.getURL('')`. */
  extensionOrigin: string;
  lookups: AccessLookups;
}

/**
 * The background's onMessage listener: answers the messages `dispatcher` handles, from the
 * extension itself, after the sender's access is checked; a refused request gets an error reply
 * and no handler runs. Returns undefined for messages that are not its to answer.
 */
export function guardedListener(dispatcher: Dispatcher, options: AccessOptions) {
  return (msg: unknown, sender: SenderInfo): Promise<Reply> | undefined => {
    if (sender.id !== options.extensionId || !dispatcher.accepts(msg)) return undefined;
    return (async (): Promise<Reply> => {
      const refusal = await refusalOf(msg, sender, options.extensionOrigin, options.lookups);
      return refusal ? { ok: false, error: refusal } : dispatcher.dispatch(msg);
    })();
  };
}
