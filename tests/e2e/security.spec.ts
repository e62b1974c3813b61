/**
 * Who may talk to the extension, and what code it may run: only its own parts get answers, and
 * the default extension CSP forbids eval and remote code.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, readTestPage, test } from './fixtures';
import { NewsPage } from './pages/news-page';
import { Popup } from './pages/popup';

type Chrome = { runtime: { id: string; sendMessage(...args: unknown[]): Promise<unknown> } };
const REQUEST = { type: 'kb/export', payload: { scope: 'all' } };

/** Another extension on the same browser, as a reader might have installed one. */
function otherExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'sw.js' } }),
  );
  writeFileSync(join(dir, 'sw.js'), '// asks nothing on its own\n');
  return dir;
}

test.describe('another extension', () => {
  test.use({ extraExtensions: [otherExtension(join(tmpdir(), 'qv-other-extension'))] });

  test("gets no answer from the background, while the extension's own pages do", async ({ context, extensionId }) => {
    const other =
      context.serviceWorkers().find((w) => w.url().endsWith('/sw.js')) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/sw.js') }));
    const theirs = await other.evaluate(
      ([id, msg]) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(id, msg).then(
          (r) => ({ answered: r }),
          (e: Error) => ({ refused: e.message }),
        ),
      [extensionId, REQUEST] as const,
    );
    expect(theirs).toEqual({ refused: expect.stringContaining('Receiving end does not exist') });

    // The same request from the extension's own page is answered: the refusal above is the sender, not the message.
    const popup = await Popup.open(context, extensionId);
    const ours = await popup.page.evaluate((msg) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(msg), REQUEST);
    expect(ours).toMatchObject({ ok: true, value: expect.stringContaining('"format": "querverweis-kb"') });
  });
});

test('a news page cannot reach the extension, and the extension pages run only their own files', async ({
  context,
  serve,
  extensionId,
}) => {
  const news = await NewsPage.open(context, serve, 'https://www.handelsblatt.com/a.html', readTestPage('handelsblatt-chips.html'));
  // No externally_connectable: the page has no channel to the extension at all.
  expect(await news.page.evaluate(() => typeof (globalThis as unknown as { chrome?: Partial<Chrome> }).chrome?.runtime?.sendMessage)).toBe(
    'undefined',
  );

  // Code that is not a file of the extension does not run in its pages. (Playwright's own evaluate
  // is exempt from CSP, so the test adds an inline script as a page would and watches for the violation.)
  const popup = await Popup.open(context, extensionId);
  const outcome = await popup.page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: 'qvRan' in window, violated: e.effectiveDirective }), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.qvRan = eval("1 + 1")';
        document.head.append(script);
        setTimeout(() => resolve({ ran: 'qvRan' in window, violated: '' }), 2000);
      }),
  );
  expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
});

test('the built extension keeps the default CSP and holds no eval, no HTML sink, no remote script', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  // Without the key, Chromium applies the MV3 default: script-src 'self'; object-src 'self'.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' });
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  for (const f of scripts) {
    const code = readFileSync(join(EXTENSION_DIR, f), 'utf8');
    expect(code, f).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:/);
    // Preact's dangerouslySetInnerHTML is taken out at build time (scripts/vite/no-inner-html.ts).
    expect(code, f).not.toMatch(/\.(?:inner|outer)HTML\s*=[^=]|insertAdjacentHTML\(/);
  }
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    expect(readFileSync(join(EXTENSION_DIR, f), 'utf8'), f).not.toMatch(/<script[^>]+src=["']https?:/);
  }
});
