/**
 * `npx tsx tools/compare-builds.ts DIR_A DIR_B [--count 1200] [--seed 1]`: sends the same requests to
 * two builds of the skill (`npm run build -- --outdir DIR`), each in a Node process of its own on
 * the memory store with its own Alexa API stand-in, and prints every request whose answers differ.
 * For a change that must not change behaviour (the build, the SDK's trimmed parts, where code is
 * loaded): build before and after, then compare. Exits 1 when any answer differs.
 *
 * The requests are the fuzzer's (tools/fuzz: every request type, well-formed and mutated, sessions
 * carried on from the answers) and its cooks' turns, one at a time, so both builds see the same
 * order. What cannot match between two runs is blanked before comparing: ids the stand-ins make
 * (UUIDs) and times written to the millisecond (a cook's `updatedAt`).
 */
import { AlertsApiStandIn, REMINDERS_SCOPE, TIMERS_SCOPE } from '../test/helpers/alerts-api';
import { BundleHost, type Outcome } from './fuzz/bundle-host';
import { cooks } from './fuzz/cooks';
import { anyRequest, envelope, mutate, type ApiTarget, type Json } from './fuzz/envelopes';
import { Prng } from './fuzz/prng';
import { endsSession, sessionAttributesOf, speechOf } from './fuzz/properties';
import { join, resolve } from 'node:path';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** An answer as compared: ids and times that differ between any two runs blanked. */
function comparable(outcome: Outcome): string {
  return JSON.stringify(outcome)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
    .replace(/stand-in-token-UUID/g, 'TOKEN')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?/g, 'TIME');
}

async function main(): Promise<void> {
  const [a, b] = process.argv.slice(2, 4).map((dir) => join(resolve(dir!), 'index.js'));
  if (!a || !b) throw new Error('usage: compare-builds DIR_A DIR_B [--count N] [--seed N]');
  const count = option('count', 1200);
  const root = new Prng(option('seed', 1));
  const sides = await Promise.all(
    [a, b].map(async (entry) => {
      const api = await AlertsApiStandIn.start(() => new Date());
      api.granted.add(TIMERS_SCOPE);
      api.granted.add(REMINDERS_SCOPE);
      return { api, host: new BundleHost(entry, { STATE_STORE: 'memory' }) };
    }),
  );
  const household = cooks();
  const last = new Map<string, Json | undefined>();
  let differ = 0;
  try {
    for (let i = 0; i < count; i++) {
      const p = root.fork();
      let events: Json[];
      let after: (outcome: Outcome) => void;
      const which = p.int(household.length);
      if (p.chance(0.25)) {
        const cook = household[which]!;
        const turn = cook.nextTurn(p);
        events = [turn.event, turn.event];
        after = (outcome) => void cook.hear(turn, speechOf(outcome), sessionAttributesOf(outcome), endsSession(outcome));
      } else {
        const user = `amzn1.ask.account.compare-${p.int(6)}`;
        const fresh = p.chance(0.3) || !last.get(user);
        const { request } = anyRequest(p);
        const withApi = p.chance(0.7);
        const failWith = p.chance(0.2) ? p.pick([400, 401, 403, 404, 429, 500, 504]) : undefined;
        const speaker = { userId: user, sessionId: `amzn1.echo-api.session.${user}`, newSession: fresh, attributes: fresh ? {} : last.get(user)! };
        const mutations = p.pick([0, 0, 0, 1, 2]);
        events = sides.map(({ api }) => {
          // The same draws for both sides: only the stand-in's address and token differ.
          const q = new Prng(p.seed + i);
          const target: ApiTarget = withApi ? { endpoint: api.endpoint, token: api.token } : { endpoint: 'http://127.0.0.1:1', token: 'x' };
          const event = JSON.parse(JSON.stringify(envelope(q, speaker, target, request))) as Json;
          mutate(q, event, mutations);
          if (failWith) api.failNext({ status: failWith });
          return event;
        });
        after = (outcome) => last.set(user, endsSession(outcome) ? undefined : sessionAttributesOf(outcome));
      }
      const outcomes: Outcome[] = [];
      for (const [n, side] of sides.entries()) outcomes.push(await side.host.invoke(events[n]));
      after(outcomes[0]!);
      const [one, two] = outcomes.map((outcome, n) => comparable(outcome).split(sides[n]!.api.endpoint).join('ENDPOINT'));
      if (one !== two) {
        differ += 1;
        console.log(`request ${i} differs:\n  event: ${JSON.stringify(events[0]).slice(0, 600)}\n  A: ${one!.slice(0, 800)}\n  B: ${two!.slice(0, 800)}`);
      }
    }
  } finally {
    for (const side of sides) {
      await side.host.close();
      await side.api.close();
    }
  }
  console.log(`compare-builds: ${count} requests, ${differ} answered differently`);
  process.exitCode = differ > 0 ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
