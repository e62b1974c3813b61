/**
 * Reading a W3C Web Annotation file back into highlights: all or nothing. Any annotation that
 * breaks a MUST rule rejects the file with messages naming it; conforming annotations that select
 * no text on a web page are skipped and counted.
 */
import { MAX_IMPORT_CHARS, MAX_PROBLEMS } from '../kb/validate';
import { highlightProblem, type Highlight } from './model';
import { AnnotationError, annotationProblems, annotationsOf, highlightOf } from './web-annotation';

export interface ParsedHighlights {
  highlights: Highlight[];
  skipped: { index: number; reason: string }[];
}

const MAX_REPORTED = 5;
const mb = (n: number) => `${(Math.ceil(n / 100_000) / 10).toFixed(1)} MB`;

export function parseHighlightFile(text: string, now = Date.now()): ParsedHighlights {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new AnnotationError(`Nothing was imported. The file is too large (${mb(text.length)}; at most ${mb(MAX_IMPORT_CHARS)}).`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AnnotationError(`Not a JSON file: ${e instanceof Error ? e.message : String(e)}`);
  }
  const items = annotationsOf(doc);
  const errors: string[] = [];
  const highlights: Highlight[] = [];
  const skipped: ParsedHighlights['skipped'] = [];
  const seen = new Set<string>();
  // The check stops after MAX_PROBLEMS bad annotations: a huge file of small mistakes costs no more than a few.
  let stopped = false;
  for (let index = 0; index < items.length; index++) {
    if (errors.length >= MAX_PROBLEMS) {
      stopped = true;
      break;
    }
    const item = items[index];
    const label = `Annotation ${index + 1}`;
    const problems = annotationProblems(item);
    if (problems.length) {
      errors.push(`${label}: ${problems.join('; ')}`);
      continue;
    }
    const h = highlightOf(item as Record<string, unknown>, now);
    if (typeof h === 'string') skipped.push({ index, reason: h });
    else if (highlightProblem(h)) errors.push(`${label}: ${highlightProblem(h)}`);
    else if (seen.has(h.id)) errors.push(`${label}: the id ${h.id} occurs twice in the file`);
    else {
      seen.add(h.id);
      highlights.push(h);
    }
  }
  if (errors.length) {
    const unlisted = errors.length - MAX_REPORTED;
    const more = stopped
      ? ` (${unlisted > 0 ? `and ${unlisted} more; ` : ''}the check stopped after ${errors.length} problems)`
      : unlisted > 0
        ? ` (and ${unlisted} more)`
        : '';
    throw new AnnotationError(`Nothing was imported. ${errors.slice(0, MAX_REPORTED).join(' — ')}${more}`);
  }
  return { highlights, skipped };
}
