/**
 * The local console: type what a cook would say, read what Alexa would say.
 *   npm start                                   interactive; "exit" to leave
 *   npm start -- "open crispy pork belly" "next" runs those phrases and prints the conversation
 * It runs the real skill over the real interaction model, with the configured store
 * (the file store by default, so a second run is welcomed back).
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseConfig } from '../lambda/config';
import { porkBelly } from '../lambda/recipe';
import { silentLog } from '../lambda/services/logger';
import { createStore } from '../lambda/services/stores';
import { createSkill } from '../lambda/skill';
import { Conversation, type Exchange } from './conversation';

const CONSOLE_USER = 'amzn1.ask.account.local-console';

function show(exchange: Exchange): string {
  const heard = exchange.matched
    ? exchange.sent
    : `no match: that phrase isn't in the interaction model, so Alexa sends ${exchange.sent}`;
  const how = [
    exchange.oneShot ? 'one-shot: a new session, no launch' : '',
    exchange.unlisted.length
      ? `matched with unlisted words in ${exchange.unlisted.map((s) => `{${s}}`).join(', ')}: sent as spoken, resolution ER_SUCCESS_NO_MATCH`
      : '',
    exchange.wrappers.length ? `matched inside ${exchange.wrappers.map((w) => `"${w}"`).join(', ')}, which its samples teach it` : '',
    exchange.aside ? `matched as one clause of the sentence; "${exchange.aside}" said beside it` : '',
  ].filter(Boolean);
  const lines = [
    `U: ${exchange.phrase}`,
    `   [${heard}${Object.keys(exchange.slots).length ? ` ${JSON.stringify(exchange.slots)}` : ''}${how.length ? `; ${how.join('; ')}` : ''}]`,
  ];
  lines.push(`A: ${exchange.speech || '(says nothing)'}`);
  if (exchange.sessionEnded) lines.push('   [session ended; say "open crispy pork belly" to come back]');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const skill = createSkill({ recipe: porkBelly, persistence: createStore(config), log: silentLog });
  const conversation = new Conversation({
    handler: (event) => skill.invoke(event),
    modelFile: join(__dirname, '..', 'interaction-models', 'en-US.json'),
    userId: CONSOLE_USER,
  });
  const phrases = process.argv.slice(2);
  if (phrases.length > 0) {
    for (const phrase of phrases) console.log(`${show(await conversation.say(phrase))}\n`);
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
  console.log('Crispy Pork Belly console. Say "open crispy pork belly" to begin; "exit" leaves.');
  rl.prompt();
  // Lines are read as a stream, so typed and piped input (`printf 'next\n' | npm start`) both work.
  for await (const line of rl) {
    const phrase = line.trim();
    if (phrase === 'exit' || phrase === 'quit') break;
    if (phrase) {
      try {
        console.log(show(await conversation.say(phrase)));
      } catch (err) {
        console.log(`(the console could not send that: ${(err as Error).message})`);
      }
    }
    rl.prompt();
  }
  rl.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
