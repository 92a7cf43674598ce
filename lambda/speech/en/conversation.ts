import { stepCount, type IngredientGroup, type PlacedStep, type Troubleshooting } from '../../recipe';
import { spokenMinutes } from '../quantities';
import { speakable } from '../text';
import { line, NEXT_REPROMPT, START_REPROMPT } from './common';
import type { AskContext, Line, SpeechContext } from '../types';
import { answer } from './questions/context';

/**
 * Sentences that follow the conversation: offers made at the right moment (a step's timer, the
 * overnight reminder, the rest of a list), the welcome's either/or answered, holding on, misses
 * fitted to the moment, and help for the step the cook is on.
 */

/** "2-hour", "30-minute": a wait as a cook names a timer by it. */
function lengthWords(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60}-hour`;
  return `${minutes}-minute`;
}

/** The short name a cook gives a step's timer ("roast"), else its label. */
function timerName(placed: PlacedStep): string {
  const d = placed.step.duration;
  return d?.aliases?.[0] ?? d?.label ?? 'step';
}

/**
 * Two things a cook could ask at this moment, made from the step's own data (its ingredients,
 * temperatures, wait and technique); a test checks the model understands every one of them.
 */
function examplesAt(ctx: SpeechContext, placed: PlacedStep | undefined, finished: boolean): string[] {
  if (finished) return ['what should I serve with it', 'start over'];
  if (!placed) return ['what equipment do I need', 'how long does the whole thing take'];
  const { step } = placed;
  const out: string[] = [];
  const ingredient = (step.ingredientIds ?? [])
    .map((id) => ctx.recipe.ingredientGroups.flatMap((g) => g.ingredients).find((i) => i.id === id))
    .find((i) => i && !i.toTaste && i.id !== ctx.recipe.mainIngredientId);
  if (ingredient) out.push(`how much ${ingredient.name}`);
  if (step.internalTemp) out.push('what should it read inside');
  // A step judged by eye: how to tell it's done is the likeliest question there.
  if (step.doneWhen) out.push('is it done');
  if (step.ovenTemp) out.push('what’s that in Celsius');
  if (step.duration) out.push('how long');
  if (step.topics?.[0]) out.push(`how do I ${step.topics[0]}`);
  if (out.length < 2) out.push('where am I');
  return out.slice(0, 2);
}

const WHICH_FIRST = 'Step 1, or the ingredients first?';

/** After a small word ("okay", "thanks"): the move that fits where the cook is. */
function goOn(placed: PlacedStep | undefined, finished: boolean): string {
  if (finished) return 'Say start over, or stop.';
  if (!placed) return 'Say start when you’re ready.';
  return `You’re on step ${placed.number}. Say next when you’re ready.`;
}

function goOnReprompt(placed: PlacedStep | undefined, finished: boolean): string {
  if (finished) return 'Say start over, or stop.';
  return placed ? NEXT_REPROMPT : START_REPROMPT;
}
const HOLD_REPROMPT = 'I’m still here. Say next when you’re ready, or stop.';

export const conversation = {
  examplesAt,

  /** A timed step, then its timer offered: "Want a 2-hour roast timer?" */
  timerOffer(_ctx: SpeechContext, placed: PlacedStep, spoken: Line): Line {
    const minutes = placed.step.duration?.minutes.min ?? 0;
    const question = `Want a ${lengthWords(minutes)} ${timerName(placed)} timer?`;
    return line(`${spoken.prompt} ${question}`, `${question} Say yes, or next to go on.`);
  },

  /** The overnight step closes day one and offers a reminder for taking the pork out. */
  dayOneDone(_ctx: SpeechContext, placed: PlacedStep, spoken: Line): Line {
    const minutes = placed.step.duration?.minutes.min ?? 0;
    return line(
      `${spoken.prompt} That’s it for today. Want a reminder to take the pork out in ${spokenMinutes({ min: minutes, max: minutes })}?`,
      'Say yes for a reminder, or stop, and come back tomorrow.',
    );
  },

  /** A cook back after the overnight drying. */
  dayTwo(ctx: SpeechContext): Line {
    return line(
      `Welcome back to ${ctx.recipe.title}, day two. Did the pork dry uncovered in the fridge overnight?`,
      'Did the pork dry overnight? Say yes or no.',
    );
  },

  /** It didn't dry overnight: the recipe's quick way, then on. */
  notDried(ctx: SpeechContext, advice: string): Line {
    return line(`${speakable(advice, ctx.system)} Say next when it’s dry.`, NEXT_REPROMPT);
  },

  /** A bare "yes" to the welcome's either/or. */
  whichFirst(): Line {
    return line(WHICH_FIRST, 'Say start for step 1, or ingredients.');
  },

  /** A list given a group at a time: this group, then how to hear the next. */
  groupThenMore(ctx: SpeechContext, listed: string, next: IngredientGroup | undefined): Line {
    if (!next) return line(listed, NEXT_REPROMPT);
    const name = speakable(next.name, ctx.system).toLowerCase();
    return line(`${listed} Say more for the ${name}.`, `Say more for the ${name}, or start.`);
  },

  /** "hold on", "wait", "give me a minute": the place kept, and no hurry. */
  holdOn(placed: PlacedStep | undefined): Line {
    const keep = placed ? `I’ll keep your place at step ${placed.number}. ` : '';
    return line(`Sure, take your time. ${keep}Say next when you’re ready.`, HOLD_REPROMPT);
  },

  /** Holding on with the skill left on screen: the microphone closes, so "next" needs the wake word. */
  holdOnScreen(placed: PlacedStep | undefined): Line {
    const keep = placed ? `I’ll keep your place at step ${placed.number}. ` : '';
    return line(`Sure, take your time. ${keep}Say “Alexa, next” when you’re ready.`, HOLD_REPROMPT);
  },

  /** "more" after a step that offered its tips ("For a tip, say more."): one tip, and the offer of the next. */
  stepTip(ctx: AskContext, placed: PlacedStep, tip: number, more: boolean): Line {
    const text = `Tip: ${speakable(placed.step.tips?.[tip] ?? '', ctx.system)}`;
    if (more) return line(`${text} For another tip, say more.`, 'Say more for another tip, or next when you’re ready.');
    return answer(ctx, text);
  },

  /** "okay", "cool" with nothing asked: heard, and where the cook goes from here. */
  acknowledged(placed: PlacedStep | undefined, finished: boolean): Line {
    return line(`Okay. ${goOn(placed, finished)}`, goOnReprompt(placed, finished));
  },

  /** "no, that's not what I said" with no request after it: the place kept, and the cook asked to say it again. */
  saidAgainNothing(placed: PlacedStep | undefined, finished: boolean): Line {
    return line(`Sorry, I got that wrong. Say what you wanted again, in a few words. ${goOn(placed, finished)}`, goOnReprompt(placed, finished));
  },

  /** "thanks": you're welcome, and where the cook goes from here. */
  youreWelcome(placed: PlacedStep | undefined, finished: boolean): Line {
    return line(`You’re welcome. ${goOn(placed, finished)}`, goOnReprompt(placed, finished));
  },

  /** "section seven" of a recipe with six: its sections, by number. */
  noSuchSection(ctx: SpeechContext, asked: number | undefined): Line {
    const parts = ctx.recipe.phases.map((p, i) => `${i + 1}, ${p.shortName}`).join('; ');
    const which = asked === undefined ? 'Which section?' : `The recipe has no section ${asked}.`;
    return line(`${which} Its sections are ${parts}.`, `Say, for example, go to section 1.`);
  },

  /** "more" with no list being given: that's all, and back to where the cook is. */
  nothingMore(ctx: AskContext): Line {
    return answer(ctx, 'That’s everything.');
  },

  /**
   * A miss, fitted to the moment: before starting, at a step (a timed one offers its timer),
   * finished. A second miss gives examples of what to ask here; a third offers help. Never a list
   * of commands, never a move that can't apply.
   */
  missed(ctx: SpeechContext, placed: PlacedStep | undefined, finished: boolean, misses: number, examples: readonly string[]): Line {
    const reprompt = finished ? 'Say start over, or stop.' : placed ? NEXT_REPROMPT : START_REPROMPT;
    if (misses >= 3) return line('I’m still not getting it, sorry. Say help, and I’ll tell you what works here.', reprompt);
    if (misses === 2 && examples.length) {
      return line(`Sorry, I didn’t get that either. Here you could ask: ${examples.map((e) => `“${e}”`).join(', or ')}.`, reprompt);
    }
    if (finished) return line(`Sorry, I didn’t get that. You’ve finished ${ctx.recipe.title}. Say start over, or stop.`, reprompt);
    if (!placed) return line('Sorry, I didn’t get that. Say start for step 1, or ingredients to hear what you need.', reprompt);
    if (placed.step.duration) {
      return line(`Sorry, I didn’t get that. You’re on step ${placed.number}. Say set a timer, or next when you’re done.`, reprompt);
    }
    return line(`Sorry, I didn’t get that. You’re on step ${placed.number}. Say next when you’re ready, or repeat.`, reprompt);
  },

  /** Help for the step the cook is on: what they can ask now, its timer, and how to move. */
  stepHelp(ctx: SpeechContext, placed: PlacedStep | undefined, finished: boolean, examples: readonly string[]): Line {
    const asks = examples.length ? ` You can ask ${examples.map((e) => `“${e}”`).join(', or ')}.` : '';
    if (finished) return line(`You’ve finished ${ctx.recipe.title}.${asks} Say start over to cook it again, or stop.`, 'Say start over, or stop.');
    if (!placed) return line(`Say start for step 1, or ingredients to hear what you need.${asks}`, START_REPROMPT);
    const timer = placed.step.duration ? ` Say set a timer for its ${lengthWords(placed.step.duration.minutes.min)} timer.` : '';
    const last = placed.number === stepCount(ctx.recipe);
    const moves = last ? 'Say repeat, or go back.' : placed.number > 1 ? 'Say next, go back, or repeat.' : 'Say next, or repeat.';
    return line(`You’re on step ${placed.number}.${asks}${timer} ${moves}`, NEXT_REPROMPT);
  },

  /** A troubleshooting dialogue: one question about a likely cause. */
  diagnoseQuestion(ctx: SpeechContext, question: string): Line {
    const spoken = speakable(question, ctx.system);
    return line(spoken, `${spoken} Say yes or no.`);
  },

  /** The dialogue's end: the recipe's fix, after what the answers showed. */
  diagnosed(ctx: SpeechContext, problem: Troubleshooting, cause: string | undefined, placed: PlacedStep | undefined): Line {
    const lead = cause ? `${speakable(cause, ctx.system)} ` : '';
    return line(`${lead}${speakable(problem.advice, ctx.system)}`, placed ? NEXT_REPROMPT : START_REPROMPT);
  },
};
