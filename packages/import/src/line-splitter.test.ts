import { describe, expect, it } from 'vitest';
import { LineSplitter, type PhysicalLine } from './line-splitter';

describe('LineSplitter', () => {
  it('numbers lines across chunks, drops \\r of CRLF and a leading byte order mark', () => {
    const splitter = new LineSplitter(100);
    const lines: PhysicalLine[] = [];
    for (const chunk of ['\uFEFFid,na', 'me\r\n1,a', 'nn\n\n2,bob']) splitter.push(chunk, lines);
    splitter.end(lines);
    expect(lines.map((line) => [line.number, line.text])).toEqual([
      [1, 'id,name'],
      [2, '1,ann'],
      [3, ''],
      [4, '2,bob'],
    ]);
  });

  it('marks a line longer than the limit and keeps only its start', () => {
    const splitter = new LineSplitter(10);
    const lines: PhysicalLine[] = [];
    splitter.push('short\n', lines);
    for (let i = 0; i < 100; i += 1) splitter.push('0123456789', lines);
    splitter.push('\nnext\n', lines);
    expect(lines.map((line) => [line.number, line.tooLong])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(lines[1]?.text).toMatch(/^0123456789/);
    expect(lines[1]?.text.length).toBeLessThanOrEqual(200);
  });
});
