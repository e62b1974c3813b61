/**
 * Finds a quote in a text that may have changed since the quote was taken, as the Hypothesis
 * client does: every occurrence within an error budget is scored by how well the quote, the text
 * before and after it, and the old position agree; the best one wins if it is good enough.
 */
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote was last time. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well quote, context and position agree. */
  score: number;
  errors: number;
}

/** At most this share of the quote may differ in a fuzzy match. */
const MAX_ERROR_SHARE = 0.3;
/** A fuzzy match with more errors than this share must have its context (prefix or suffix) intact. */
const CONTEXT_NEEDED_ABOVE = 0.15;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** Similarity (0..1) of `str` to the best-matching stretch of `text`. */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1;
  if (text.length === 0) return 0;
  const [best] = search(text, str, str.length);
  return best ? 1 - best.errors / str.length : 0;
}

function score(text: string, quote: string, ctx: QuoteContext, m: { start: number; end: number; errors: number }) {
  const quoteScore = 1 - m.errors / quote.length;
  const prefixScore = ctx.prefix ? similarity(text.slice(Math.max(0, m.start - ctx.prefix.length), m.start), ctx.prefix) : 1;
  const suffixScore = ctx.suffix ? similarity(text.slice(m.end, m.end + ctx.suffix.length), ctx.suffix) : 1;
  const positionScore = ctx.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(m.start - ctx.hint) / text.length;
  const raw = WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore;
  return {
    total: raw / (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position),
    quoteScore,
    context: Math.max(prefixScore, suffixScore),
  };
}

/** Quotes shorter than this occur by chance: found exactly, they still need some of their context. */
const SHORT_QUOTE = 16;

function trusted(quote: string, s: { context: number }, hasContext: boolean): boolean {
  return quote.length >= SHORT_QUOTE || !hasContext || s.context >= 0.5;
}

/** Every exact occurrence, scored by context and position; the best one. */
export function matchExact(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  let best: QuoteMatch | null = null;
  const hasContext = !!(ctx.prefix || ctx.suffix);
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const m = { start: at, end: at + quote.length, errors: 0 };
    const s = score(text, quote, ctx, m);
    if (!trusted(quote, s, hasContext)) continue;
    if (!best || s.total > best.score) best = { ...m, score: s.total };
  }
  return best;
}

/** The best approximate occurrence, or null when none is close enough to trust. */
export function matchFuzzy(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length * MAX_ERROR_SHARE));
  let best: QuoteMatch | null = null;
  const hasContext = !!(ctx.prefix || ctx.suffix);
  for (const m of search(text, quote, maxErrors)) {
    const s = score(text, quote, ctx, m);
    // Many errors in the quote itself are only believed where the surrounding text still fits.
    if (1 - s.quoteScore > CONTEXT_NEEDED_ABOVE && s.context < 0.8) continue;
    if (!trusted(quote, s, hasContext)) continue;
    if (!best || s.total > best.score) best = { ...m, score: s.total };
  }
  return best;
}
