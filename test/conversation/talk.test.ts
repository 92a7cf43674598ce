import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allSteps, porkBelly, problems, type PlacedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { FileStore } from '../../lambda/services/stores';
import { en, speakable, spokenMinutes } from '../../lambda/speech';
import { AlertsApiStandIn, REMINDERS_SCOPE, TIMERS_SCOPE } from '../helpers/alerts-api';
import { cookAt } from '../helpers/ask';
import { heardStep, heardTips, TOTAL } from '../helpers/expected';
import { onShow } from '../helpers/screen';
import { TestCook } from '../helpers/skill';

/**
 * Issue 12, a conversation that follows the cook: each behaviour as the cook hears it, whole
 * answers, with the recipe's own words and numbers taken from the recipe data.
 */

const steps = allSteps(porkBelly);
const byId = (id: string): PlacedStep => steps.find((s) => s.step.id === id)!;
const problem = (id: string) => problems(porkBelly).find((p) => p.id === id)!;
/** A step as spoken with its warnings and tips, as the recipe data gives them. */
const spokenWhole = (p: PlacedStep) => {
  const parts = [heardStep(p.number), ...(p.step.warnings ?? []).map((w) => `Careful: ${speakable(w)}`)];
  return [...parts, ...heardTips(parts, (p.step.tips ?? []).map((t) => `Tip: ${speakable(t)}`))].join(' ');
};
/** "Want a 2-hour roast timer?": the step's shortest wait and the first name a cook gives its timer. */
const timerOffer = (p: PlacedStep) => {
  const d = p.step.duration!;
  const length = d.minutes.min % 60 === 0 ? `${d.minutes.min / 60}-hour` : `${d.minutes.min}-minute`;
  return `Want a ${length} ${d.aliases![0]} timer?`;
};
const HOUR = 3_600_000;

describe('repeat means the last thing said', () => {
  it('says the last answer again, and "repeat the step" reads the step', async () => {
    const cook = await cookAt(5);
    const first = await cook.say('how much oil');
    for (const phrase of ['repeat', 'say that again', 'what was that']) {
      expect((await cook.say(phrase)).speech).toBe(first.speech);
    }
    expect((await cook.say('repeat the step')).speech).toBe(heardStep(5));
    expect((await cook.say('repeat')).speech).toBe(heardStep(5));
  });

  it('before starting, repeats the equipment list rather than saying the cook has not started', async () => {
    const cook = await cookAt();
    const list = await cook.say('what equipment do I need');
    expect((await cook.say('say that again')).speech).toBe(list.speech);
  });

  it('a miss in between does not change what "repeat" repeats', async () => {
    const cook = await cookAt(13);
    const hot = await cook.say("what's the oven temperature");
    await cook.say('flibbertigibbet');
    expect((await cook.say('repeat')).speech).toBe(hot.speech);
  });
});

describe('the welcome’s either/or', () => {
  it.each(['the ingredients first', 'ingredients first please'])('"%s" gives the ingredients, a group at a time', async (phrase) => {
    const cook = await cookAt();
    const heard = await cook.say(phrase);
    expect(heard.sent).toBe('ListIngredientsIntent');
    expect(heard.speech).toMatch(/^For the Pork Belly and Drying Rub: 3 to 4 pounds of pork belly; .* Say more for the maple glaze\.$/);
  });

  it.each(['ok let\'s start', 'let\'s go'])('"%s" starts step 1', async (phrase) => {
    const cook = await cookAt();
    expect((await cook.say(phrase)).speech).toBe(heardStep(1));
  });

  it('a bare "yes" asks which, and the answer is taken', async () => {
    const cook = await cookAt();
    expect((await cook.say('yes')).speech).toBe('Step 1, or the ingredients first?');
    expect((await cook.say('step one please')).speech).toBe(heardStep(1));
  });
});

describe('short turns', () => {
  it('lists the ingredients a group at a time; "more" gives the next group', async () => {
    const cook = await cookAt();
    const [rub, glaze] = porkBelly.ingredientGroups;
    const first = await cook.say('ingredients please');
    expect(first.speech.startsWith(`For the ${speakable(rub!.name)}:`)).toBe(true);
    expect(first.speech.endsWith(`Say more for the ${speakable(glaze!.name).toLowerCase()}.`)).toBe(true);
    expect(first.speech).not.toContain('maple syrup');
    const second = await cook.say('more');
    expect(second.speech.startsWith(`For the ${speakable(glaze!.name)}: 1 cup of pure maple syrup;`)).toBe(true);
    expect(second.speech.endsWith('When you’re ready, say start.')).toBe(true);
  });

  it('an urgent answer puts the action first', async () => {
    const cook = await cookAt(byId('blister').number);
    const heard = await cook.say('the skin is burning');
    expect(heard.speech).toBe(`${speakable(problem('skin-burning').advice)} When you’re ready, say next.`);
    expect(heard.speech.startsWith('Take it out')).toBe(true);
  });

  it('"When you’re ready, say next" shortens, then drops away once the cook has said next, and never follows the last step', async () => {
    const cook = await cookAt(4);
    const amount = 'how much baking soda';
    expect((await cook.say(amount)).speech).toMatch(/ When you’re ready, say next\.$/);
    await cook.say('next');
    expect((await cook.say(amount)).speech).toMatch(/\. Say next to go on\.$/);
    await cook.say('next');
    const known = await cook.say(amount);
    expect(known.speech).not.toMatch(/say next|Say next/);
    const last = await cookAt(TOTAL);
    expect((await last.say(amount)).speech).not.toMatch(/say next|Say next/);
  });
});

describe('a fallback fitted to the moment', () => {
  it('mid-step: first the step and the moves, then examples for this step, then help', async () => {
    const cook = await cookAt(2);
    expect((await cook.say('flibbertigibbet')).speech).toBe('Sorry, I didn’t get that. You’re on step 2. Say next when you’re ready, or repeat.');
    expect((await cook.say('zorp zorp')).speech).toBe(
      `Sorry, I didn’t get that either. Here you could ask: “how do I ${byId('clean-skin').step.topics![0]}”, or “where am I”.`,
    );
    expect((await cook.say('blibber')).speech).toBe('I’m still not getting it, sorry. Say help, and I’ll tell you what works here.');
  });

  it('before starting, at a timed step, and once finished', async () => {
    expect((await (await cookAt()).say('flibbertigibbet')).speech).toBe(
      'Sorry, I didn’t get that. Say start for step 1, or ingredients to hear what you need.',
    );
    const roast = byId('slow-roast');
    expect((await (await cookAt(roast.number)).say('flibbertigibbet')).speech).toBe(
      `Sorry, I didn’t get that. You’re on step ${roast.number}. Say set a timer, or next when you’re done.`,
    );
    const done = await cookAt(TOTAL);
    await done.say('next');
    expect((await done.say('flibbertigibbet')).speech).toBe(
      'Sorry, I didn’t get that. You’ve finished Crispy Pork Belly with Maple Glaze. Say start over, or stop.',
    );
  });

  it('a good turn between misses starts the count again', async () => {
    const cook = await cookAt(2);
    await cook.say('flibbertigibbet');
    await cook.say('where am I');
    expect((await cook.say('zorp')).speech).toBe('Sorry, I didn’t get that. You’re on step 2. Say next when you’re ready, or repeat.');
  });
});

describe('help for this step', () => {
  it('names what the cook can ask here and the step’s timer', async () => {
    const roast = byId('slow-roast');
    const cook = await cookAt(roast.number);
    expect((await cook.say('help')).speech).toBe(
      `You’re on step ${roast.number}. You can ask “what’s that in Celsius”, or “how long”. ` +
        `Say set a timer for its ${roast.step.duration!.minutes.min / 60}-hour timer. Say next, go back, or repeat.`,
    );
  });

  it('at a step judged by eye, offers “is it done”, which answers by the recipe’s words', async () => {
    const takeOut = byId('take-out');
    const cook = await cookAt(takeOut.number);
    await cook.script(`
      U: help
      A: You’re on step ${takeOut.number}. You can ask “is it done”, or “where am I”. Say next, go back, or repeat.
      U: is it done
      A: It’s done when ${takeOut.step.doneWhen}. When you’re ready, say next.
    `);
  });

  it('every example it offers, at every step, is understood', async () => {
    const cook = await cookAt();
    const ctx = { recipe: porkBelly, system: 'imperial' as const };
    const examples = new Set([undefined, ...steps].flatMap((p) => en.examplesAt(ctx, p, false)));
    for (const e of en.examplesAt(ctx, undefined, true)) examples.add(e);
    // A cook says the words; the written apostrophe is the typographic one.
    for (const phrase of examples) {
      const said = phrase.replace(/’/g, "'");
      expect({ phrase, matched: cook.conversation.match(said).intent !== undefined }).toEqual({ phrase, matched: true });
    }
  });
});

describe('offers at the right time', () => {
  let api: AlertsApiStandIn;
  let clock: Date;
  const now = () => clock;
  beforeEach(async () => {
    clock = new Date('2026-03-14T18:00:00Z');
    api = await AlertsApiStandIn.start(now);
    api.granted.add(TIMERS_SCOPE);
    api.granted.add(REMINDERS_SCOPE);
  });
  afterEach(() => api.close());

  it('a timed step offers its timer, and "yes" sets it', async () => {
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 250 }), now, decorate: api.decorate });
    const roast = byId('slow-roast');
    await cook.say('open crispy pork belly');
    expect((await cook.say(`go to step ${roast.number}`)).speech).toBe(`${heardStep(roast.number)} ${timerOffer(roast)}`);
    const yes = await cook.say('yes');
    expect(yes.speech).toContain(`I set the ${roast.step.duration!.label} timer for the shortest time, 2 hours.`);
    expect([...api.timers.values()].map((t) => t.label)).toEqual([roast.step.duration!.label]);
    // The first recipe timer asks once whether it may bring the cook back when it rings (plan.test.ts);
    // once that is answered, the timer offer is long gone: a later "yes" moves on.
    expect(yes.speech.endsWith('Is that okay?')).toBe(true);
    await cook.say('yes');
    expect((await cook.say('yes')).speech).toBe(spokenWhole(byId('check-temp')));
  });

  it('the overnight step closes day one and offers a reminder to take the pork out', async () => {
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 250 }), now, decorate: api.decorate });
    const dry = byId('refrigerate');
    await cook.say('open crispy pork belly');
    const minutes = dry.step.duration!.minutes.min;
    expect((await cook.say(`go to step ${dry.number}`)).speech).toBe(
      `${spokenWhole(dry)} That’s it for today. Want a reminder to take the pork out in ${spokenMinutes({ min: minutes, max: minutes })}?`,
    );
    const yes = await cook.say('yes');
    expect(yes.speech).toContain(speakable(dry.step.duration!.label));
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/v1/alerts/reminders')).toBe(true);
  });
});

describe('day two', () => {
  const dry = byId('refrigerate');
  const next = steps[dry.index + 1]!;

  /** A cook who reached the overnight step and left; the clock then moves on 12 hours. */
  async function backNextDay(userId: string): Promise<TestCook> {
    let time = Date.parse('2026-03-14T20:00:00Z');
    const now = () => new Date(time);
    const store = new FileStore(mkdtempSync(join(tmpdir(), 'talk-')));
    const before = new TestCook({ userId, persistence: store, now });
    await before.say('open crispy pork belly');
    await before.say(`go to step ${dry.number}`);
    await before.say('stop');
    time += 12 * HOUR;
    return new TestCook({ userId, persistence: store, now });
  }

  it('is greeted for day two, asked whether it dried, and taken on to the next step', async () => {
    const cook = await backNextDay('amzn1.ask.account.day-two-yes');
    expect((await cook.say('open crispy pork belly')).speech).toBe(
      'Welcome back to Crispy Pork Belly with Maple Glaze, day two. Did the pork dry uncovered in the fridge overnight?',
    );
    expect((await cook.say('yes')).speech).toBe(`${heardStep(next.number)} ${timerOffer(next)}`);
  });

  it('if it did not dry, hears the recipe’s quick way for this moment', async () => {
    const cook = await backNextDay('amzn1.ask.account.day-two-no');
    await cook.say('open crispy pork belly');
    expect((await cook.say('no')).speech).toBe(`${speakable(problem('no-time-to-dry').advice)} Say next when it’s dry.`);
    expect((await cook.say('next')).speech).toBe(`${heardStep(next.number)} ${timerOffer(next)}`);
  });
});

describe('hold on', () => {
  it.each(['hold on', 'wait', 'give me a minute'])('"%s" keeps the place and the session', async (phrase) => {
    const cook = await cookAt(5);
    const held = await cook.say(phrase);
    expect(held.sent).toBe('HoldOnIntent');
    expect(held.speech).toBe('Sure, take your time. I’ll keep your place at step 5. Say next when you’re ready.');
    expect(held.sessionEnded).toBe(false);
    expect((await cook.say('next')).speech).toBe(spokenWhole(steps[5]!));
    expect(cook.requests.at(-1)!.session!.new).toBe(false);
  });

  it('on a screen, leaves the session to the device (on screen, microphone closed) with the step shown, and "Alexa, next" goes on', async () => {
    const cook = await cookAt(5, { decorate: onShow() });
    const held = await cook.say('hold on');
    expect(held.speech).toBe('Sure, take your time. I’ll keep your place at step 5. Say “Alexa, next” when you’re ready.');
    // Unset, not false: Alexa keeps a screen device's session open without the microphone (see handlers/conversation/hold.ts).
    expect(held.response.response.shouldEndSession).toBeUndefined();
    expect(held.response.response.reprompt).toBeUndefined();
    expect(held.response.response.directives?.map((d) => d.type)).toEqual(['Alexa.Presentation.APL.RenderDocument']);
    expect((await cook.say('next')).speech).toBe(spokenWhole(steps[5]!));
    expect(cook.requests.at(-1)!.session!.new).toBe(false);
  });

  it('"stop" ends', async () => {
    const cook = await cookAt(5);
    expect((await cook.say('stop')).sessionEnded).toBe(true);
  });
});

describe('troubleshooting as a short dialogue', () => {
  const puff = problem('skin-not-puffing');
  const [dried, hot] = puff.causes!;

  it('asks one question at a time, then gives the recipe’s fix for what the answer showed', async () => {
    const cook = await cookAt(byId('blister').number);
    expect((await cook.say("the skin didn't puff")).speech).toBe(speakable(dried!.question));
    expect((await cook.say('no')).speech).toBe(`${dried!.ifNot} ${speakable(puff.advice)}`);
  });

  it('goes on to the next cause on a yes', async () => {
    const cook = await cookAt(byId('blister').number);
    await cook.say("the skin didn't puff");
    expect((await cook.say('yes')).speech).toBe(speakable(hot!.question));
    expect((await cook.say('no')).speech).toBe(`${speakable(hot!.ifNot)} ${speakable(puff.advice)}`);
  });

  it('takes the phase into account: in the low roast it is not meant to puff yet', async () => {
    const cook = await cookAt(byId('slow-roast').number);
    const heard = await cook.say("the skin didn't puff");
    expect(heard.speech).toContain(speakable(puff.byPhase![0]!.advice));
  });

  it('a wet skin at the finish gets the advice for the finish, not the overnight fan', async () => {
    const cook = await cookAt(byId('blister').number);
    const heard = await cook.say('the skin is still wet');
    const entry = problem('no-time-to-dry');
    expect(heard.speech).toBe(`If ${speakable(entry.problem)}: ${entry.byPhase![0]!.advice} When you’re ready, say next.`);
  });
});
