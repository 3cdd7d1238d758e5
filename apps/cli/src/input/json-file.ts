import { readFile } from 'node:fs/promises';
import { CliError } from '../exit-code';

/**
 * Reads and parses a JSON file a user named. A missing file is a usage error (the command
 * line names something that is not there); text that is not JSON is invalid input.
 */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new CliError('usage', `cannot read the ${what} file ${path} (${code})`);
  }
  return parseJson(text, `the ${what} file ${path}`);
}

/** Parses JSON text, naming `source` when it is not JSON. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError('invalid', `${source} is not valid JSON: ${(error as Error).message}`);
  }
}
