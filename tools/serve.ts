/**
 * `npm run serve`: the skill (wired exactly as in Lambda, by lambda/index.ts) behind a verified
 * HTTP endpoint at `/` on PORT (default 3000). Put TLS in front of it; see README, "Host it yourself".
 */
import { parseServeConfig, serve } from '../lambda/server';
import { skill } from '../lambda/index';

async function main(): Promise<void> {
  await serve(skill, parseServeConfig(process.env), (line) => console.warn(line));
}

main().catch((err: unknown) => {
  console.error(`could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
