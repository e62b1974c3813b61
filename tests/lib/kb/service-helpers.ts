/** Test helpers for the knowledge-base service: kept apart from helpers.ts, which e2e tests import too (without the matcher). */
import type { AppDB } from '../../../lib/db';
import { buildDictionary } from '../../../lib/kb/dictionary';
import { KbService } from '../../../lib/kb/service';
import type { Entity } from '../../../lib/kb/types';
import { readArtefact, writeArtefact } from '../../../lib/matcher/artefact';
import { unpackSpots } from '../../../lib/matcher/packed-spots';

/**
 * A knowledge-base service whose built-in matcher is the artefact of `builtin` (what the build ships),
 * read the way the background reads it.
 */
export function serviceWith(db: AppDB, builtin: readonly Entity[]): KbService {
  return new KbService(db, async () => readArtefact(writeArtefact(buildDictionary(builtin))));
}

/** The texts `kb` marks in `text` for a page on `site`. */
export async function spottedTexts(kb: KbService, text: string, site?: string, lang: 'de' | 'en' = 'de'): Promise<string[]> {
  const [spots] = unpackSpots((await kb.spot({ session: 'test', part: 0, blocks: [text], last: true, lang, site })).spots);
  return spots!.map((s) => text.slice(s.start, s.end));
}
