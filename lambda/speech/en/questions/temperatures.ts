import type { OvenSetting, Phase, PlacedStep } from '../../../recipe';
import { spokenTemperature } from '../../quantities';
import { speakable } from '../../text';
import { answer, capital, listOf, sentence } from './context';
import type { AskContext, Line } from '../../types';

/** "broil" from "broil, top element only, with the rack 8–10″ from the heat source". */
function shortAlternative(alternative: string | undefined): string {
  return alternative ? ` or ${alternative.split(',')[0]}` : '';
}

/** "for the low and slow roast, 275 degrees Fahrenheit; for the hot finish, 500 degrees Fahrenheit or broil" */
function plan(ctx: AskContext, settings: readonly OvenSetting[]): string {
  return listOf(
    settings.map((s) => `for the ${s.placed.phase.shortName}, ${spokenTemperature(s.temp, ctx.system)}${shortAlternative(s.alternative)}`),
  );
}

/** Sentences for temperature questions. */
export const temperatureAnswers = {
  /** The oven setting for the phase the cook is in (or asked about), in full. */
  ovenNow(ctx: AskContext, setting: OvenSetting): Line {
    const alternative = setting.alternative ? `, or ${speakable(setting.alternative, ctx.system)}` : '';
    const both = ctx.bothScales ? `${spokenTemperature(setting.temp, 'imperial')}, that is ${spokenTemperature(setting.temp, 'metric')}` : undefined;
    return answer(ctx, `For the ${setting.placed.phase.shortName}: ${both ?? spokenTemperature(setting.temp, ctx.system)}${alternative}.`);
  },

  /** Before the oven is used: what it will be, phase by phase. */
  ovenAhead(ctx: AskContext, settings: readonly OvenSetting[]): Line {
    const first = settings[0];
    const when = first ? ` You’ll preheat at step ${first.placed.number}.` : '';
    return answer(ctx, `The oven isn’t needed yet. ${sentence(capital(plan(ctx, settings)))}${when}`);
  },

  /** After the oven work: what it was. */
  ovenDone(ctx: AskContext, settings: readonly OvenSetting[]): Line {
    return answer(ctx, `The oven’s work is done. It was ${plan(ctx, settings)}.`);
  },

  /** Before the cook has started: every setting, naming its phase. */
  ovenPlan(ctx: AskContext, settings: readonly OvenSetting[]): Line {
    return answer(ctx, sentence(capital(plan(ctx, settings))));
  },

  ovenNotInPhase(ctx: AskContext, phase: Phase, settings: readonly OvenSetting[]): Line {
    return answer(ctx, `The oven isn’t used in the ${phase.shortName}. ${sentence(capital(plan(ctx, settings)))}`);
  },

  noOven(ctx: AskContext): Line {
    return answer(ctx, 'This recipe doesn’t use the oven.');
  },

  internal(ctx: AskContext, checks: readonly PlacedStep[]): Line {
    if (checks.length === 0) return answer(ctx, 'The recipe doesn’t give an internal temperature.');
    const parts = checks.map((c) => {
      const t = c.step.internalTemp;
      const temp = t ? `${t.about ? 'about ' : ''}${spokenTemperature(t, ctx.system)}` : '';
      const tips = (c.step.tips ?? []).map((tip) => ` ${sentence(speakable(tip, ctx.system))}`).join('');
      return `${temp} inside, at step ${c.number}, in the ${c.phase.shortName}.${tips}`;
    });
    return answer(ctx, capital(parts.join(' ')));
  },

};
