/**
 * `npm run talk-length`: how long the skill's turns are. A scripted cook (tools/scripted-cook.ts)
 * walks the whole recipe over two sessions, a night apart, asking the questions cooks ask; this
 * prints every turn with its word count, then the median, 95th percentile and longest, outside the
 * lists the cook asked for (ingredients, equipment).
 */
import './quiet';
import { join } from 'node:path';
import { porkBelly } from '../lambda/recipe';
import { silentLog } from '../lambda/services/logger';
import { MemoryStore } from '../lambda/services/stores';
import { createSkill } from '../lambda/skill';
import { Conversation } from './conversation';
import { DAY_ONE, DAY_TWO, type ScriptTurn } from './scripted-cook';

/** One answer and its length in words. */
export interface Measured {
  readonly phrase: string;
  readonly speech: string;
  readonly words: number;
  readonly list: boolean;
}

export function wordsIn(speech: string): number {
  return speech.split(/\s+/).filter(Boolean).length;
}

/** The nearest-rank percentile of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs the scripted cook through the real skill and model; day two starts 12 hours after day one. */
export async function runScriptedCook(): Promise<Measured[]> {
  let time = Date.parse('2026-11-28T18:00:00Z');
  const store = new MemoryStore();
  const out: Measured[] = [];
  const day = async (turns: readonly ScriptTurn[]) => {
    const skill = createSkill({ recipe: porkBelly, persistence: store, log: silentLog, now: () => new Date(time) });
    const conversation = new Conversation({
      handler: (event) => skill.invoke(event),
      modelFile: join(__dirname, '..', 'interaction-models', 'en-US.json'),
      userId: 'amzn1.ask.account.scripted-cook',
    });
    for (const turn of turns) {
      const heard = await conversation.say(turn.say);
      out.push({ phrase: turn.say, speech: heard.speech, words: wordsIn(heard.speech), list: turn.list === true });
      time += 60_000;
    }
  };
  await day(DAY_ONE);
  time += 12 * 3_600_000;
  await day(DAY_TWO);
  return out;
}

/** Median, 95th percentile and longest, in words, of the answers that are not asked-for lists. */
export function figures(measured: readonly Measured[]): { turns: number; median: number; p95: number; longest: number } {
  const words = measured.filter((m) => !m.list).map((m) => m.words).sort((a, b) => a - b);
  return { turns: words.length, median: percentile(words, 50), p95: percentile(words, 95), longest: words.at(-1) ?? 0 };
}

async function main(): Promise<void> {
  const measured = await runScriptedCook();
  for (const m of measured) console.log(`${String(m.words).padStart(3)}${m.list ? ' (list)' : '       '}  U: ${m.phrase}\n              A: ${m.speech}`);
  const f = figures(measured);
  console.log(`\n${f.turns} answers outside asked-for lists: median ${f.median} words, p95 ${f.p95}, longest ${f.longest}.`);
}

if (require.main === module) void main();
