/** Spotting a page in parts: what each part is answered with, and that the last answer is the whole page's. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BuiltinData } from '../../../lib/kb/builtin';
import { buildDictionary } from '../../../lib/kb/dictionary';
import { Matcher } from '../../../lib/matcher/matcher';
import { unpackSpots } from '../../../lib/matcher/packed-spots';
import { spotBlocks } from '../../../lib/matcher/spot';
import { SpotSession } from '../../../lib/matcher/spot-session';

const data = JSON.parse(readFileSync('lib/kb/generated/builtin.json', 'utf8')) as BuiltinData;
const matcher = Matcher.compile(buildDictionary(data.entities));

const BLOCKS = [
  'Die Allianz wächst.',
  'Meeth stellt ein.',
  'Siemens und Japan verhandeln.',
  'Der Fensterbauer Meeth wächst.',
  'Die Allianz SE ist ein Versicherer.',
  'Deutsche Bank, Shell und Bayer.',
  // Google as the part alone reads it; a fund of its own ("Google Ventures") once the page is weighed.
  'Google Ventures investiert in Berlin.',
];

/** The page's final spots per block, from the answers to its parts split at `cuts`. */
function inParts(blocks: readonly string[], cuts: readonly number[]) {
  const session = new SpotSession(matcher, 'de');
  const final: ReturnType<typeof unpackSpots> = [];
  const bounds = [0, ...cuts, blocks.length];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const reply = session.part(blocks.slice(bounds[p], bounds[p + 1]), p + 2 === bounds.length);
    final.push(...unpackSpots(reply.spots));
    const changed = reply.changed ? unpackSpots(reply.changed.spots) : [];
    reply.changed?.at.forEach((at, i) => (final[at] = changed[i]!));
  }
  return final;
}

describe('SpotSession', () => {
  it('answers a part with its own evidence, and the last part with what the rest of the page changed', () => {
    const session = new SpotSession(matcher, 'de');
    // "Allianz" alone needs evidence; "Meeth" is a company the page introduces only later.
    const first = session.part(BLOCKS.slice(0, 2), false);
    expect(unpackSpots(first.spots)).toEqual([[], []]);
    expect(first.changed).toBeUndefined();
    const last = session.part(BLOCKS.slice(2), true);
    expect(last.changed?.at).toEqual([0, 1]);
    const changed = unpackSpots(last.changed!.spots);
    expect(changed.map((spots, i) => spots.map((s) => BLOCKS[i]!.slice(s.start, s.end)))).toEqual([['Allianz'], ['Meeth']]);
  });

  it('takes back what a part alone marked when the page says otherwise', () => {
    const session = new SpotSession(matcher, 'de');
    const [google] = unpackSpots(session.part(['Google Ventures investiert in Berlin.'], false).spots);
    expect(google!.map((s) => s.entityId)).toEqual(['Q95']);
    const last = session.part(['Nichts weiter.'], true);
    expect(last.changed?.at).toEqual([0]);
    expect(unpackSpots(last.changed!.spots)[0]!.map((s) => s.entityId)).toEqual(['new:Google Ventures']);
  });

  it('ends with the spots of the page spotted whole, however it is cut', () => {
    const whole = spotBlocks(matcher, BLOCKS, 'de');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: BLOCKS.length - 1 }), { maxLength: BLOCKS.length - 1 }), (cuts) => {
        expect(
          inParts(
            BLOCKS,
            [...cuts].sort((a, b) => a - b),
          ),
        ).toEqual(whole);
      }),
    );
  });

  it('takes no part after the last', () => {
    const session = new SpotSession(matcher, 'de');
    session.part(['Japan'], true);
    expect(() => session.part(['Japan'], true)).toThrow(/end/);
  });
});
