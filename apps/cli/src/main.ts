import { runCli } from './cli';
import { readEnv } from './env';
import { processIo } from './io';

const env = readEnv();
process.exitCode = await runCli(process.argv.slice(2), processIo(env.ci), env);
