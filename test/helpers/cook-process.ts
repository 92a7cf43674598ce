/**
 * A cook in a process of their own, for tests that cross process boundaries. It runs the real
 * Lambda entry (`lambda/index.ts`, configured from this process's environment exactly as on
 * Lambda), says each phrase argument as the user named first, prints one line
 * `SPOKEN ["what Alexa said", ...]`, and exits.
 *   node --import tsx test/helpers/cook-process.ts <userId> "open crispy pork belly" "next" ...
 */
import { join } from 'node:path';
import { handler } from '../../lambda/index';
import { Conversation } from '../../tools/conversation';

async function main(): Promise<void> {
  const [userId, ...phrases] = process.argv.slice(2);
  if (!userId) throw new Error('usage: cook-process <userId> <phrase>...');
  const conversation = new Conversation({
    handler: (event) => handler(event),
    modelFile: join(__dirname, '..', '..', 'interaction-models', 'en-US.json'),
    userId,
  });
  const spoken: string[] = [];
  for (const phrase of phrases) spoken.push((await conversation.say(phrase)).speech);
  process.stdout.write(`SPOKEN ${JSON.stringify(spoken)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
