import { embeddedSecrets, secretsFrom } from '@pinpoint/db';
import type { CliEnv } from '../env';
import { CliError } from '../exit-code';
import { dataDirOf } from './database-target';

/**
 * The key a workspace's audit pseudonyms are made with, from the same server secret the API
 * uses (`PINPOINT_SECRET`, else the one an embedded install keeps beside its data folder), so
 * that a person erased from the command line is recorded under the same pseudonym as through
 * the API. Called only when erasing: other commands never touch the secret.
 */
export function auditSecretFor(env: CliEnv, workspaceId: string): Uint8Array {
  try {
    const secrets = env.secret
      ? secretsFrom(env.secret)
      : embeddedSecrets(`${dataDirOf(env)}.secret`);
    return secrets.derive('audit-pseudonym', workspaceId);
  } catch (error) {
    throw new CliError('usage', (error as Error).message, {
      hint: "use the API's secret (e.g. made with `openssl rand -hex 32`)",
    });
  }
}
