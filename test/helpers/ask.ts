import { Intent } from '../../lambda/intents';
import type { Exchange } from '../../tools/conversation';
import { TestCook, type TestSkillOptions } from './skill';

/** A cook who has opened the skill and, when `step` is given, gone to that step (1-based). */
export async function cookAt(step?: number, options: TestSkillOptions = {}): Promise<TestCook> {
  const cook = new TestCook(options);
  await cook.say('open crispy pork belly');
  if (step) await cook.intent(Intent.GoToStep, { stepNumber: String(step) });
  return cook;
}

/** Asks one question at a step, after an optional earlier question in the same session. */
export async function askAt(phrase: string, at?: number, before?: string): Promise<{ cook: TestCook; heard: Exchange }> {
  const cook = await cookAt(at);
  if (before) await cook.say(before);
  return { cook, heard: await cook.say(phrase) };
}
