/**
 * One warm-latency run in its own Node process (bundled by the bench, then started with Lambda's
 * flags on the runtime measured): loads the built skill, answers whole cooks, prints the latencies.
 * Arguments: the bundle's path, the recipe's step count, the number of requests.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { warmLatency } from './warm';

async function main(): Promise<void> {
  const [bundle, steps, requests] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(bundle!) as { handler: (e: RequestEnvelope) => Promise<ResponseEnvelope> };
  const result = await warmLatency(handler, Number(steps), Number(requests));
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

void main();
