import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { profileIdFor, type Profile } from '@pinpoint/domain';
import type { ImportMappingInput } from '../../src/index';

const REGIONS = ['BY', 'NW', 'BE', 'HH', 'SN'];

/** Mapping of the files `writeGeneratedCsv` writes. */
export const generatedMapping: ImportMappingInput = {
  id: { column: 'id' },
  missing: [''],
  attributes: {
    age: { type: 'number', create: true },
    region: { type: 'enum', create: true },
    score: { type: 'number', create: true },
    member: { type: 'boolean', create: true },
    joined_on: { column: 'joined', type: 'date', create: true },
  },
  channels: { email: { address: 'email', consent: 'email_consent' } },
};

/** One deterministic row; every 997th has an age that is not a number (a reject). */
export function generatedRow(i: number): string {
  const age = i % 997 === 0 ? 'unknown' : String(18 + ((i * 7) % 70));
  const joined = `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const email = i % 4 === 0 ? '' : `user${i}@example.org`;
  return `r${i},${age},${REGIONS[i % REGIONS.length]},${((i * 13) % 1000) / 10},${i % 3 === 0 ? 'yes' : 'no'},${joined},${email},${i % 2 === 0 ? 'yes' : 'no'}`;
}

/** Writes a CSV of `rows` generated rows (streamed: a million rows need no memory). */
export async function writeGeneratedCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('id,age,region,score,member,joined,email,email_consent\n');
  let chunk: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    chunk.push(generatedRow(i));
    if (chunk.length === 5000 || i === rows - 1) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await finished(out);
}

/**
 * The profile `generatedRow(i)` describes, built directly: what the benchmark's ceiling copies,
 * with no file to parse.
 */
export function generatedProfile(i: number, workspaceId: string): Profile {
  const [externalId = '', age, region, score, member, joined, email, consent] =
    generatedRow(i).split(',');
  const attributes: Profile['attributes'] = {
    region: region ?? '',
    score: Number(score),
    member: member === 'yes',
    joined_on: joined ?? '',
  };
  if (age !== 'unknown') attributes.age = Number(age);
  return {
    id: profileIdFor(externalId, workspaceId),
    externalId,
    attributes,
    interests: [],
    events: [],
    scores: [],
    channels: email
      ? [
          {
            channel: 'email',
            address: email,
            consent: consent === 'yes' ? 'granted' : 'denied',
            consentAt: null,
          },
        ]
      : [],
    preferredChannel: null,
  };
}
