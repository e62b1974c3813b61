/**
 * A value from an input file as it may appear in an error message: its JSON, shortened. Never
 * String(value): a hostile `{ "toString": false }` would make the message itself throw.
 */
export function shown(value: unknown, max = 80): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= typeof value;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
