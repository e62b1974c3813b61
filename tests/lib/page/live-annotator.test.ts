// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { Matcher } from '../../../lib/matcher/matcher';
import { localSpotter } from '../../../lib/page/local-spotter';
import { LiveAnnotator } from '../../../lib/page/live-annotator';
import { MarkLayer } from '../../../lib/page/marks';
import { testPainter } from './painted';

const matcher = localSpotter(
  Matcher.compile([
    { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
    { text: 'Siemens', entityId: 'Q81230', type: 'company', kind: 'canonical' },
  ] satisfies DictionaryEntry[]),
);

let controller: AbortController;
afterEach(() => controller?.abort());

async function live(html: string) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const paint = testPainter();
  const layer = new MarkLayer(paint.painter);
  const annotator = new LiveAnnotator(document, matcher, layer, { signal: controller.signal });
  await annotator.start();
  return { annotator, layer, marks: () => paint.marks().map(([text]) => text) };
}

describe('LiveAnnotator', () => {
  it('marks content added after the first pass, once', async () => {
    const { annotator, marks } = await live('<p>Japan</p>');
    expect(marks()).toEqual(['Japan']);
    const p = document.createElement('p');
    p.textContent = 'Später kam Siemens dazu, und Japan.';
    document.body.append(p);
    await annotator.settled();
    expect(marks()).toEqual(['Japan', 'Siemens', 'Japan']);
    expect(annotator.found.get('Q17')).toEqual({ type: 'country', count: 2 });
    await annotator.settled();
    expect(marks()).toEqual(['Japan', 'Siemens', 'Japan']);
  });

  it('follows a text node the page rewrites (t.data = …), without duplicating anything', async () => {
    const html = '<p id="x">Siemens meldet 5 Aufträge aus Japan.</p>';
    const { annotator, marks } = await live(html);
    const text = document.getElementById('x')!.firstChild as Text;
    text.data = 'Siemens meldet 6 Aufträge aus Japan.';
    await annotator.settled();
    expect(marks()).toEqual(['Siemens', 'Japan']);
    expect(document.body.innerHTML).toBe(html.replace('5', '6'));
    text.data = 'Nur noch Japan.';
    await annotator.settled();
    expect(marks()).toEqual(['Japan']);
    expect(annotator.found.has('Q81230')).toBe(false);
  });

  it('drops the marks of text the page removes, and counts only what is left', async () => {
    const { annotator, marks } = await live('<p>Japan und <span>Siemens</span></p><p id="gone">Siemens</p>');
    document.querySelector('span')!.remove();
    document.getElementById('gone')!.remove();
    await annotator.settled();
    expect(marks()).toEqual(['Japan']);
    expect([...annotator.found.keys()]).toEqual(['Q17']);
  });

  it('marks a paragraph the page re-rendered during the first pass', async () => {
    document.body.innerHTML = '<p id="a">Noch leer</p><p>Japan</p>';
    controller = new AbortController();
    const paint = testPainter();
    const annotator = new LiveAnnotator(document, matcher, new MarkLayer(paint.painter), { signal: controller.signal });
    const started = annotator.start();
    document.getElementById('a')!.textContent = 'Siemens';
    await started;
    await annotator.settled();
    expect(paint.marks().map(([t]) => t)).toEqual(['Siemens', 'Japan']);
  });

  it('follows a new <body> the page swaps in', async () => {
    const { annotator, marks } = await live('<p>Japan</p>');
    const next = document.createElement('body');
    next.innerHTML = '<p>Siemens in Japan</p>';
    document.documentElement.replaceChild(next, document.body);
    await annotator.settled();
    expect(marks()).toEqual(['Siemens', 'Japan']);
  });

  it('ignores changes inside its own UI hosts', async () => {
    const { annotator, marks } = await live('<p>Japan</p><querverweis-card></querverweis-card>');
    document.querySelector('querverweis-card')!.textContent = 'Siemens';
    await annotator.settled();
    expect(marks()).toEqual(['Japan']);
  });

  it('stops when aborted', async () => {
    const { annotator, marks } = await live('<p>Japan</p>');
    controller.abort();
    const p = document.createElement('p');
    p.textContent = 'Siemens';
    document.body.append(p);
    await annotator.settled();
    expect(marks()).toEqual(['Japan']);
  });
});
