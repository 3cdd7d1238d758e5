import { describe, expect, it } from 'vitest';
import { CsvFramer, type FramedRecord } from './csv-framer';
import { ImportError } from './import-error';
import { LineSplitter, type PhysicalLine } from './line-splitter';

const columns = ['id', 'name', 'city'];
const syntax = { delimiter: ',', quote: '"', trim: true };

function frame(text: string, maxRecordLength = 1000): { records: FramedRecord[]; blank: number } {
  const lines: PhysicalLine[] = [];
  const splitter = new LineSplitter(maxRecordLength);
  splitter.push(text, lines);
  splitter.end(lines);
  const framer = new CsvFramer(
    syntax,
    maxRecordLength,
    (index) => columns[index] ?? `#${index + 1}`,
  );
  const records: FramedRecord[] = [];
  for (const line of lines) framer.push(line, records);
  framer.finish();
  return { records, blank: framer.blankLines };
}

const summary = (records: FramedRecord[]) =>
  records.map((r) =>
    r.kind === 'record'
      ? `${r.line}-${r.endLine} ok`
      : `${r.line} ${r.problem.code} ${r.problem.column === null ? null : columns[r.problem.column]}`,
  );

describe('CsvFramer', () => {
  it('passes well-quoted records, joins quoted line breaks and counts blank lines', () => {
    const { records, blank } = frame('1,"a, b",x\n\n2,"two\nlines",y\r\n3,"say ""hi""", z\n   \n');
    expect(summary(records)).toEqual(['1-1 ok', '3-4 ok', '5-5 ok']);
    expect(records[1]).toMatchObject({ text: '2,"two\nlines",y' });
    expect(blank).toBe(2);
  });

  it('rejects a quote inside an unquoted field and text after a closing quote, naming the column', () => {
    const { records } = frame('1,ab"c,x\n2,"b"x,y\n3,c,z\n');
    expect(summary(records)).toEqual(['1 invalid_quote name', '2 invalid_quote name', '3-3 ok']);
    const second = records[1];
    expect(second?.kind === 'broken' && second.problem.message('name')).toContain(
      'in column "name", "x" follows the closing quote',
    );
  });

  it('rejects only the line of a stray opening quote and reads the lines it swallowed again', () => {
    const { records } = frame('1,"oops,x\n2,b,y\n3,"c",z\n4,d,w\n');
    // The quote opened on line 1 pairs with the one on line 3, which "c" follows: not a field.
    expect(summary(records)).toEqual(['1 unterminated_quote name', '2-2 ok', '3-3 ok', '4-4 ok']);
  });

  it('stops with a fatal error when a quote is never closed before the end of the file', () => {
    expect(() => frame('1,a,x\n2,"open,y\n3,c,z\n')).toThrow(ImportError);
    try {
      frame('1,a,x\n2,"open,y\n3,c,z\n');
    } catch (error) {
      expect((error as ImportError).code).toBe('unterminated_quote');
      expect((error as ImportError).line).toBe(2);
      expect((error as ImportError).message).toContain('lines 2–3');
    }
  });

  it('gives up on a quoted field longer than the record limit and reads on after its first line', () => {
    const long = Array.from({ length: 30 }, (_, i) => `${i},filler,row`).join('\n');
    const { records } = frame(`0,"open,x\n${long}\n`, 100);
    expect(summary(records).slice(0, 2)).toEqual(['1 unterminated_quote name', '2-2 ok']);
    expect(records).toHaveLength(31);
  });

  it('rejects a line longer than the limit without holding it', () => {
    const { records } = frame(`1,${'x'.repeat(500)},y\n2,b,z\n`, 100);
    expect(summary(records)).toEqual(['1 record_too_long null', '2-2 ok']);
    expect(records[0]?.text.length).toBeLessThanOrEqual(200);
  });
});
