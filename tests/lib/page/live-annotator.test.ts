// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../lib/kb/types';
import { Matcher } from '../../../lib/matcher/matcher';
import { LiveAnnotator } from '../../../lib/page/live-annotator';
import { MarkLayer } from '../../../lib/page/marks';

const matcher = Matcher.compile([
  { text: 'Japan', entityId: 'Q17', type: 'country', kind: 'canonical' },
  { text: 'Siemens', entityId: 'Q81230', type: 'company', kind: 'canonical' },
] satisfies DictionaryEntry[]);

let controller: AbortController;
afterEach(() => controller?.abort());

async function live(html: string) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const layer = new MarkLayer();
  const annotator = new LiveAnnotator(document.body, matcher, layer, { ownHosts: new Set(['querverweis-card']), signal: controller.signal });
  await annotator.start();
  return { annotator, layer };
}

const marks = () => [...document.querySelectorAll('qv-mark')].map((m) => m.textContent);

describe('LiveAnnotator', () => {
  it('marks content added after the first pass, once', async () => {
    const { annotator } = await live('<p>Japan</p>');
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

  it('marks text the page rewrites in place', async () => {
    const { annotator } = await live('<p id="x">Noch nichts</p>');
    document.getElementById('x')!.firstChild!.textContent = 'Jetzt Siemens';
    await annotator.settled();
    expect(marks()).toEqual(['Siemens']);
  });

  it('does not react to its own marks or to the page removing them', async () => {
    const { annotator } = await live('<p>Japan und Siemens</p>');
    document.querySelector('qv-mark')!.remove();
    await annotator.settled();
    expect(marks()).toEqual(['Siemens']);
    expect(annotator.found.get('Q81230')).toEqual({ type: 'company', count: 1 });
  });

  it('stops when aborted', async () => {
    const { annotator } = await live('<p>Japan</p>');
    controller.abort();
    const p = document.createElement('p');
    p.textContent = 'Siemens';
    document.body.append(p);
    await annotator.settled();
    expect(marks()).toEqual(['Japan']);
  });
});
