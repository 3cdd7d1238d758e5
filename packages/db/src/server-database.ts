import postgres from 'postgres';

/**
 * Makes sure database `name` exists on the server at `serverUrl` (dropping it first when
 * `fresh`) and returns its URL. For benchmarks and tests that need a database of their own.
 */
export async function ensureServerDatabase(
  serverUrl: string,
  name: string,
  options: { fresh?: boolean } = {},
): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`"${name}" is not a plain database name`);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    if (options.fresh) await admin.unsafe(`drop database if exists ${name} with (force)`);
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
