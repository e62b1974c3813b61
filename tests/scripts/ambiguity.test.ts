/**
 * The ambiguity flags of generated company names (scripts/kb/ambiguity.ts): each rule has a case
 * that fails when the rule is taken out, and a distinctive name none applies to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AmbiguityLog, ambiguityRules, isDistinctive, loadWordLists, type WordLists } from '../../scripts/kb/ambiguity';

let lists: WordLists;
beforeAll(() => {
  lists = loadWordLists(['Hamburg', 'Bremen', 'Frankfurt am Main', 'Paris', 'Deutschland']);
});
const rules = (t: string) => ambiguityRules(t, lists);

describe('ambiguity rules', () => {
  it('flags ordinary English words (SCOWL 10–50), not rare ones', () => {
    expect(rules('Target')).toContain('english-word');
    expect(rules('Visa')).toContain('english-word');
    expect(rules('Constellation')).toContain('english-word');
    expect(rules('Siemens')).not.toContain('english-word');
  });

  it('flags ordinary German words and German abstract nouns', () => {
    expect(rules('Kanzler')).toContain('german-word');
    expect(rules('Zukunft')).toContain('german-word');
    expect(rules('Drei')).toContain('german-word');
    expect(rules('Vereinigung')).toContain('german-word');
    expect(rules('Sicherheit')).toContain('german-word');
  });

  it('flags a German word declined with -e, -n or -en ("nach seinen Worten"), not any name ending so', () => {
    expect(rules('Worten')).toContain('german-word');
    expect(rules('Stille')).toContain('german-word');
    expect(rules('Denner')).not.toContain('german-word');
    expect(rules('Siemens')).not.toContain('german-word');
  });

  it('flags names made of common words only', () => {
    expect(rules('General Electric')).toContain('common-words');
    expect(rules('Fix Price')).toContain('common-words');
    expect(rules('Energie Zukunft')).toContain('common-words');
    expect(rules('Pantheon Resources')).toEqual([]);
    expect(rules('Samsung Electronics')).toEqual([]);
  });

  it('flags first names, common surnames and a first name with a surname', () => {
    expect(rules('Jennifer')).toContain('first-name');
    expect(rules('Jürgen')).toContain('first-name');
    expect(rules('Schmidt')).toContain('surname');
    expect(rules('Ralph Lauren')).toContain('first-name');
    expect(rules('Bosch')).not.toContain('surname');
  });

  it('flags places from the data and their German adjectives', () => {
    expect(rules('Hamburg')).toContain('place');
    expect(rules('Hamburger')).toContain('place');
    expect(rules('Bremer')).toContain('place');
    expect(rules('Frankfurter')).toContain('place');
    expect(rules('Deutschland')).toContain('place');
  });

  it('flags names of one or two letters', () => {
    expect(rules('AB')).toContain('too-short');
    expect(rules('3M')).toContain('too-short');
    expect(rules('BYD')).not.toContain('too-short');
  });

  it('leaves distinctive names alone', () => {
    for (const name of ['Infineon', 'Tencent', 'Samsung Electronics', 'Yunda', 'Kweichow Moutai']) {
      expect(rules(name), name).toEqual([]);
      expect(isDistinctive(name, lists)).toBe(true);
    }
    expect(isDistinctive('Sony', lists, 5)).toBe(false);
  });
});

describe('the build log', () => {
  it('counts flags per rule and samples the same names for the same data', () => {
    const log = new AmbiguityLog();
    for (let i = 0; i < 80; i++) log.add(i % 2 ? 'english-word' : 'short', `Name ${i}`, i % 2 ? 'noMatch' : 'ambiguous');
    expect(log.counts.get('english-word → noMatch')).toBe(40);
    expect(log.counts.get('short → ambiguous')).toBe(40);
    expect(log.sample(50)).toHaveLength(50);
    expect(log.sample(50)).toEqual(log.sample(50));
    expect(log.sample(50, 1)).not.toEqual(log.sample(50, 2));
  });
});
