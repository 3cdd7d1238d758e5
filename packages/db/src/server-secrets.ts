import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Keys derived from one server secret, one per purpose (noise seeds of partner numbers,
 * pseudonyms in the audit log), so that knowing one derived key tells nothing of another.
 * The secret must stay the same across restarts: partner noise is seeded from it, and a new
 * secret would draw new noise for old questions, letting a partner average them away.
 */
export interface ServerSecrets {
  derive(purpose: 'partner-noise' | 'audit-pseudonym', workspaceId: string): Uint8Array;
}

/** From `PINPOINT_SECRET` (at least 32 characters), given as text. */
export function secretsFrom(secret: string): ServerSecrets {
  if (secret.length < 32) {
    throw new Error('PINPOINT_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)');
  }
  return {
    derive: (purpose, workspaceId) =>
      createHmac('sha256', secret).update(`${purpose}\u0000${workspaceId}`).digest(),
  };
}

/**
 * The embedded install's secret: made once, kept in a file beside its data folder (mode
 * 0600), read on every later start.
 */
export function embeddedSecrets(file: string): ServerSecrets {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return secretsFrom(readFileSync(file, 'utf8').trim());
}
