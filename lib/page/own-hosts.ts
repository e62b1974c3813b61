/**
 * Keeps the extension's UI hosts at the end of <body> while the page's scripts re-render it: a
 * page that replaces the body's children, or swaps in a new <body> (as Turbo does), would
 * otherwise take the hover card and the highlight controls with it.
 */
export interface HostKeeper {
  start(): void;
  stop(): void;
}

export function keepHostsMounted(doc: Document, hosts: readonly HTMLElement[], afterRemount: () => void): HostKeeper {
  let observer: MutationObserver | undefined;
  const check = () => {
    const body = doc.body;
    if (!body) return;
    let moved = false;
    for (const host of hosts) {
      if (host.parentNode !== body) {
        body.append(host);
        moved = true;
      }
    }
    if (moved) afterRemount();
  };
  return {
    start() {
      if (observer) return;
      // The callback looks at two nodes whatever changed, so observing the whole tree costs little.
      observer = new doc.defaultView!.MutationObserver(check);
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    },
    stop() {
      observer?.disconnect();
      observer = undefined;
    },
  };
}
