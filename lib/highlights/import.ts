/**
 * Reading a W3C Web Annotation file back into highlights: all or nothing. Any annotation that
 * breaks a MUST rule rejects the file with messages naming it; conforming annotations that select
 * no text on a web page are skipped and counted.
 */
import { highlightProblem, type Highlight } from './model';
import { AnnotationError, annotationProblems, annotationsOf, highlightOf } from './web-annotation';

export interface ParsedHighlights {
  highlights: Highlight[];
  skipped: { index: number; reason: string }[];
}

const MAX_REPORTED = 5;

export function parseHighlightFile(text: string, now = Date.now()): ParsedHighlights {
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
  items.forEach((item, index) => {
    const label = `Annotation ${index + 1}`;
    const problems = annotationProblems(item);
    if (problems.length) return void errors.push(`${label}: ${problems.join('; ')}`);
    const h = highlightOf(item as Record<string, unknown>, now);
    if (typeof h === 'string') return void skipped.push({ index, reason: h });
    const problem = highlightProblem(h);
    if (problem) return void errors.push(`${label}: ${problem}`);
    if (seen.has(h.id)) return void errors.push(`${label}: the id ${h.id} occurs twice in the file`);
    seen.add(h.id);
    highlights.push(h);
  });
  if (errors.length) {
    const more = errors.length > MAX_REPORTED ? ` (and ${errors.length - MAX_REPORTED} more)` : '';
    throw new AnnotationError(`Nothing was imported. ${errors.slice(0, MAX_REPORTED).join(' — ')}${more}`);
  }
  return { highlights, skipped };
}
