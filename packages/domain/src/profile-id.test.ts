import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_WORKSPACE_ID, profileIdFor } from './profile-id';

/** The profile namespace; pinned here because changing it would change every stored id. */
const NAMESPACE = '6f1c7f0e-5d1a-4b8e-9a43-0c1f2b3d4e5f';

/** A name-based UUID (RFC 9562 version 5), computed independently of the uuid package. */
function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

const noNul = (text: string) => !text.includes('\u0000');
const names = fc.string({ unit: 'grapheme', maxLength: 40 }).filter(noNul);

describe('profileIdFor', () => {
  it('is the version 5 UUID of "workspace NUL external id" in the profile namespace', () => {
    fc.assert(
      fc.property(names, names, (workspaceId, externalId) => {
        const expected = uuidV5(`${workspaceId}\u0000${externalId}`, NAMESPACE);
        expect(profileIdFor(externalId, workspaceId)).toBe(expected);
      }),
    );
  });

  it('uses the default workspace when none is given', () => {
    expect(DEFAULT_WORKSPACE_ID).toBe('default');
    expect(profileIdFor('crm-1')).toBe(uuidV5('default\u0000crm-1', NAMESPACE));
  });

  it('is deterministic and a valid version 5 UUID', () => {
    const id = profileIdFor('crm-000123', 'acme');
    expect(profileIdFor('crm-000123', 'acme')).toBe(id);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('5');
  });

  it('differs for different external ids, including case and whitespace', () => {
    const ids = ['crm-1', 'CRM-1', 'crm-1 ', 'crm-01', 'crm-2'].map((externalId) =>
      profileIdFor(externalId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('differs for every other pair of workspace and external id', () => {
    fc.assert(
      fc.property(fc.tuple(names, names), fc.tuple(names, names), ([wa, ea], [wb, eb]) => {
        fc.pre(wa !== wb || ea !== eb);
        expect(profileIdFor(ea, wa)).not.toBe(profileIdFor(eb, wb));
      }),
    );
    expect(profileIdFor('ab', 'c')).not.toBe(profileIdFor('b', 'ca'));
  });
});
