import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, toCsv } from '../../lib/csv';

describe('CSV', () => {
  it('parses quotes, doubled quotes, commas and line breaks inside fields', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('round-trips', () => {
    const rows = [
      ['name', 'note'],
      ['Mitsui & Co.', 'a "quote", a comma\nand a line'],
      ['', ' padded '],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('names the line of a malformed field', () => {
    expect(() => parseCsv('a\n"open\nnever closed')).toThrow(new CsvError('a quoted field is never closed', 2));
    expect(() => parseCsv('a,b\nx"y,z')).toThrow(/line 2: a quote inside an unquoted field/);
  });

  it('prefixes text cells starting with = + - @, tab or CR with an apostrophe; numbers stay numbers', () => {
    expect(toCsv([['=1', '+1', '-1', '- x', '@x', '\tx', '\rx', 'x=1', '1', -5]])).toBe(`'=1,'+1,'-1,'- x,'@x,'\tx,"'\rx",x=1,1,-5\r\n`);
  });

  it('ignores a byte-order mark', () => {
    expect(parseCsv('\ufeffname\nX')).toEqual([['name'], ['X']]);
  });
});
