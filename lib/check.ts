/**
 * Shape checks for values that crossed a trust boundary (messages, files, storage). The string
 * checks differ on purpose in what they accept as empty; pick by name.
 */

/** A plain object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any string of at most `max` characters, the empty one too (a note, a tag list's text). */
export const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A string of 1 to `max` characters; spaces alone count as content. */
export const isNonEmptyString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Text a reader can see: at most `max` characters, at least one of them not a space. */
export const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
