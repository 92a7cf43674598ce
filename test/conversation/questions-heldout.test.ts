import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { porkBelly } from '../../lambda/recipe';
import { factsOf } from '../helpers/facts';
import { askAt } from '../helpers/ask';
import { MODEL_FILE } from '../helpers/skill';

/**
 * How well the model generalises: phrasings that are not samples in the model, each checked for
 * the right intent and an answer with the right facts. Lists 1 to 3 were written, run once, and
 * then used to close the gaps they found; list 4 was written after that and run once before this
 * test existed, so it is the honest measure (41 of its 43 phrasings that are not samples matched
 * the right intent on that run). All four must stay at 90% or more.
 */

const f = factsOf(porkBelly);

/** A fact key from the held-out files, as the words the cook must hear (from the recipe data). */
function fact(key: string): string {
  const [kind, a = '', b = ''] = key.split(':');
  switch (kind) {
    case 'amount': return f.amount(a);
    case 'name': return f.name(a);
    case 'note': return f.note(a);
    case 'purpose': return f.purpose(a);
    case 'alt': return f.alternative(a);
    case 'equip': return f.equipment(a);
    case 'ovenF': return f.ovenF(a);
    case 'ovenC': return f.ovenC(a);
    case 'insideF': return f.insideF(a);
    case 'insideC': return f.insideC(a);
    case 'time': return f.time(a);
    case 'wait': return f.waitAhead();
    case 'reason': return f.reason(a);
    case 'advice': {
      const [id, phase] = a.split('@');
      return f.advice(id ?? '', phase);
    }
    case 'cause': return f.causeQuestion(a);
    case 'variation': return f.variation(a);
    case 'pairing': return f.pairing();
    case 'service': return f.serviceTip();
    case 'stepText': return f.stepText(a);
    case 'scaled': return f.scaled(a, Number(b));
    case 'text': return key.slice('text:'.length);
    default: throw new Error(`unknown fact key ${key}`);
  }
}

interface Case {
  readonly phrase: string;
  readonly intent: string;
  readonly at?: number;
  readonly before?: string;
  readonly facts: readonly string[];
}

function load(name: string): Case[] {
  const text = readFileSync(join(__dirname, name), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [phrase = '', intent = '', where = '', keys = ''] = l.split('|').map((s) => s.trim());
      const [at, before] = where.split('>>').map((s) => s.trim());
      return {
        phrase,
        intent,
        at: at && at !== '-' ? Number(at) : undefined,
        before,
        facts: keys.split(';').map((k) => fact(k.trim())),
      };
    });
}

async function outcome(c: Case): Promise<string | undefined> {
  const { heard } = await askAt(c.phrase, c.at, c.before);
  if (heard.sent !== c.intent) return `"${c.phrase}" matched ${heard.sent}, not ${c.intent}`;
  const missing = c.facts.filter((x) => !heard.speech.toLowerCase().includes(x.toLowerCase()));
  return missing.length ? `"${c.phrase}" did not say ${JSON.stringify(missing)}: ${heard.speech}` : undefined;
}

const samples = new Set(
  (JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as { interactionModel: { languageModel: { intents: { samples: string[] }[] } } })
    .interactionModel.languageModel.intents.flatMap((i) => i.samples.map((s) => s.toLowerCase())),
);

describe.each(['heldout-phrases.txt', 'heldout-phrases-2.txt', 'heldout-phrases-3.txt', 'heldout-phrases-4.txt'])('held-out phrasings: %s', (name) => {
  // Phrasings that are (or have since become) samples say nothing about generalising: left out.
  const cases = load(name).filter((c) => !samples.has(c.phrase.toLowerCase()));

  it('has at least 40 phrasings that are not samples in the model', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('matches the right intent and answers with the right facts at least 9 times in 10', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const problem = await outcome(c);
      if (problem) failures.push(problem);
    }
    const share = (cases.length - failures.length) / cases.length;
    expect({ share: share >= 0.9, right: `${cases.length - failures.length} of ${cases.length}`, failures }).toMatchObject({ share: true });
  });
});
