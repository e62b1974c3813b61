/**
 * Runs a benchmark page in headless Chromium: bundles a page script with esbuild, serves it under
 * an https origin by request routing (IndexedDB and storage estimates need a real origin) and
 * returns what the page's `window.bench()` resolves to.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium';

const ORIGIN = 'https://bench.querverweis.test';

/** More files the page may fetch from its origin: a script to bundle (a worker's) or bytes as they are. */
export type ExtraFiles = Record<string, { script: string } | { bytes: Uint8Array; contentType: string }>;

const bundled = async (entry: string) =>
  (await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'chrome120', minify: true, logLevel: 'silent' }))
    .outputFiles[0]!.text;

export async function runInChromium<T>(
  entry: string,
  html = '<!doctype html><meta charset="utf-8"><body></body>',
  arg?: unknown,
  extraArgs: string[] = [],
  files: ExtraFiles = {},
): Promise<T> {
  const script = await bundled(entry);
  const served = new Map<string, { body: string | Buffer; contentType: string }>();
  for (const [path, file] of Object.entries(files)) {
    served.set(
      `${ORIGIN}${path}`,
      'script' in file
        ? { body: await bundled(file.script), contentType: 'text/javascript' }
        : { body: Buffer.from(file.bytes), contentType: file.contentType },
    );
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      if (url === `${ORIGIN}/bench.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
      const file = served.get(url);
      if (file) return route.fulfill(file);
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ url: `${ORIGIN}/bench.js` });
    return (await page.evaluate((a) => (window as unknown as { bench(a: unknown): Promise<unknown> }).bench(a), arg)) as T;
  } finally {
    await browser.close();
  }
}
