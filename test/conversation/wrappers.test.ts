import { porkBelly, problems } from '../../lambda/recipe';
import { speakable } from '../../lambda/speech';
import { cookAt } from '../helpers/ask';
import { capital, heldAt, NEXT, offeredStep, TOTAL } from '../helpers/expected';
import { factsOf } from '../helpers/facts';

/**
 * The words cooks wrap around a request the model knows (issue 11): polite and formal frames,
 * casual and regional lead-ins and tails, reasons to hold on, ways to say goodbye, and problems
 * said as plain statements. Each is a class written once in the grammar (interaction-models/source/
 * fillers.ts and the intents' own files); these phrasings were not written as samples, so each
 * line shows the class working for words beside the ones it was taught with.
 */
const f = factsOf(porkBelly);
const whereAt = (n: number, phase: string) => `You’re on step ${n} of ${TOTAL}, in the ${phase}. ${TOTAL - n} steps left after this one.`;
const problem = (id: string) => problems(porkBelly).find((p) => p.id === id)!;
const advice = (id: string) => `If ${speakable(problem(id).problem)}: ${capital(speakable(problem(id).advice))} ${NEXT}`;

describe('polite and formal frames', () => {
  it('takes a question inside "could you tell me", "may I ask", "would you be so kind as to tell me"', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: excuse me how much kosher salt do i need
      A: ${capital(f.amount('kosher-salt'))} of kosher salt. ${NEXT}
      U: would you be so kind as to tell me which step i'm on
      A: ${whereAt(4, 'pork prep')}
      U: might i ask which step we're on
      A: ${whereAt(4, 'pork prep')}
      U: i should like to know where i'm up to
      A: ${whereAt(4, 'pork prep')}
    `);
  });

  it('takes a request inside "would you be so good as to" and "would you kindly"', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: would you be so good as to go back one
      A: ${offeredStep(5)}
      U: would you kindly repeat the step
      A: ${offeredStep(5)}
      U: would you be so kind as to wait a moment while i get my glasses
      A: ${heldAt(5)}
    `);
  });
});

describe('casual and regional lead-ins and tails', () => {
  it('takes "och", "cheers", "k", "bet", "yo" before a move and "pls", "love" after one', async () => {
    const cook = await cookAt(2);
    await cook.script(`
      U: och next
      A: ${offeredStep(3)}
      U: cheers what's next
      A: ${offeredStep(4)}
      U: k go back one
      A: ${offeredStep(3)}
      U: bet next step
      A: ${offeredStep(4)}
      U: yo skip this step
      A: ${offeredStep(5)}
      U: go back pls
      A: ${offeredStep(4)}
      U: next one love
      A: ${offeredStep(5)}
      U: thank you dear carry on
      A: ${offeredStep(6)}
      U: och go on then next
      A: ${offeredStep(7)}
      U: on you go
      A: ${offeredStep(8)}
    `);
  });

  it('holds on for "gimme a sec" and "hang on a wee minute"', async () => {
    const cook = await cookAt(8);
    await cook.script(`
      U: gimme a sec
      A: ${heldAt(8)}
      U: hang on a wee minute
      A: ${heldAt(8)}
      U: just a wee moment
      A: ${heldAt(8)}
    `);
  });
});

describe('holding on and saying goodbye', () => {
  it('holds on for the door, the phone and a stop taken back', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: hold on that's the doorbell
      A: ${heldAt(13)}
      U: the phone's ringing hang on
      A: ${heldAt(13)}
      U: stop no wait hold on
      A: ${heldAt(13)}
      U: one sec i need to find my glasses
      A: ${heldAt(13)}
    `);
  });

  it.each([
    'thank you very much that will be all',
    "thank you that's quite enough for today goodbye",
    "i'm done stop",
    "that's it for today thanks",
  ])('"%s" ends the session with the place kept', async (phrase) => {
    const cook = await cookAt(9);
    const bye = await cook.say(phrase);
    expect({ speech: bye.speech, ended: bye.sessionEnded }).toEqual({ speech: 'I’ve kept your place at step 9. Happy cooking!', ended: true });
  });
});

describe('problems said as plain statements', () => {
  it('answers "my crackling is soft", "the crackling has gone rubbery" and "it tastes soapy" with the recipe’s advice', async () => {
    // Step 16, the hot finish: where these problems get the recipe's general advice.
    const cook = await cookAt(16);
    await cook.script(`
      U: my crackling is soft
      A: ${advice('soft-crackling')}
      U: the crackling has gone rubbery
      A: ${advice('soft-crackling')}
      U: it tastes soapy
      A: ${advice('off-taste')}
    `);
  });
});
