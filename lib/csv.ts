/**
 * RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF.
 * Used by the imports and exports; small enough not to need a library.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line where the problem starts. */
    readonly line: number,
    /** The text has more rows than the caller reads (parseCsv's maxRows). */
    readonly tooManyRows = false,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Parses CSV text into rows of fields. A leading byte-order mark is ignored.
 * @throws CsvError at the row after `maxRows`, before reading on (a file of millions of empty lines).
 */
export function parseCsv(text: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new CsvError('text after a closing quote', line);
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') throw new CsvError('a quote inside an unquoted field', line);
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      if (rows.length > maxRows) throw new CsvError(`more than ${maxRows} rows`, line, true);
      row = [];
      field = '';
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) throw new CsvError('a quoted field is never closed', quoteLine);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One CSV field: quoted when it holds a comma, quote or line break (or leading/trailing space). */
export function csvField(value: string | number | undefined | null): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Cells a spreadsheet would run as a formula, after OWASP's CSV-injection advice: every cell that
 * starts with =, +, -, @, a tab, a carriage return (or a line feed, or the full-width =, +, -, @
 * some spreadsheets read as the same) gets a leading apostrophe. Texts come from web pages and
 * imported files, and such a cell must not put a formula into the reader's sheet.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function spreadsheetText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * Rows to CSV text with CRLF line ends, as RFC 4180 asks. Text cells are made safe for
 * spreadsheets (spreadsheetText); numbers are written as they are.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | undefined | null>>): string {
  return rows.map((r) => r.map((v) => csvField(typeof v === 'string' ? spreadsheetText(v) : v)).join(',')).join('\r\n') + '\r\n';
}
