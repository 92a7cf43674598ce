import { Intent, Slot, SlotType } from '../../lambda/intents';
import type { Recipe } from '../../lambda/recipe';
import { things, vocabularyFor } from '../../lambda/vocabulary';
import { samples } from './expand';
import { slotWords, type IntentDef, type ModelFragment } from './types';

/**
 * The dinner plan ("dinner's at seven tomorrow, when do I start?", "move dinner to eight", "when do I
 * take it out") and doneness by conversation ("it's at 146", "it's puffed and golden"). Every intent
 * has fillers ("um", "okay so", "hey") and tails ("please"), as a cook at the stove talks.
 */

const time = { name: Slot.Time, type: 'AMAZON.TIME' };
const date = { name: Slot.Date, type: 'AMAZON.DATE' };
const FILLER = '[um|okay so|hey]';
const PLEASE = '[please]';

/** "(at {time}|for {time}) [on {date}|{date}]": a dinner time, with or without its day. */
const WHEN = '(at {time} on {date}|for {time} on {date}|at {time} {date}|for {time} {date}|{date} at {time}|at {time}|for {time})';

function intent(name: string, templates: readonly string[], slots: IntentDef['slots'] = []): IntentDef {
  return { name, slots, samples: samples(...templates) };
}

export function planModel(recipe: Recipe): ModelFragment {
  return {
    types: [
      {
        // What a cook reports at a step; ids are the recipe's cue ids.
        name: SlotType.Cue,
        values: things(vocabularyFor(), recipe, 'cue').map(({ id, names }) => {
          const [first, ...rest] = [...new Set(names.map(slotWords))];
          return { id, name: { value: first ?? id, synonyms: rest } };
        }),
      },
    ],
    intents: [
      intent(
        Intent.PlanDinner,
        [
          `${FILLER} I want to eat ${WHEN} ${PLEASE}`,
          `${FILLER} we want to eat ${WHEN}`,
          `(dinner's|dinner is) ${WHEN} [when do I start|when should I start]`,
          `${FILLER} plan (it|dinner|the cook) ${WHEN} ${PLEASE}`,
          `when should I start if we eat ${WHEN}`,
          `when do I start if we eat ${WHEN}`,
          `when do I start for dinner ${WHEN}`,
          `we're eating ${WHEN}`,
          `I'd like dinner ${WHEN}`,
          `make a plan for dinner ${WHEN}`,
          'plan dinner',
          'make a dinner plan',
          'plan my cook',
          'plan it for dinner',
        ],
        [time, date],
      ),
      intent(
        Intent.MoveDinner,
        [
          `${FILLER} move dinner (to|to {date} at|to {date}) {time} ${PLEASE}`,
          `${FILLER} change dinner to {time} [on {date}|{date}] ${PLEASE}`,
          `make dinner {time} instead`,
          `push dinner (to|back to) {time}`,
          `bring dinner forward to {time}`,
          `we're eating at {time} now`,
          `actually dinner's at {time}`,
          `move the plan to {time}`,
          `change the plan to {time}`,
        ],
        [time, date],
      ),
      intent(Intent.CancelPlan, [
        `${FILLER} (cancel|delete|clear|drop|forget) (the|my) [dinner] plan ${PLEASE}`,
        `${FILLER} we're not eating [at that time] after all`,
        `dinner's off`,
        `cancel dinner ${PLEASE}`,
      ]),
      intent(Intent.PlanSummary, [
        `${FILLER} what's my [dinner] plan ${PLEASE}`,
        `${FILLER} what is my [dinner] plan`,
        `(tell me|remind me of|go over|read me) my [dinner] plan ${PLEASE}`,
        `what's the dinner plan`,
        `when are we eating`,
        `what time is dinner`,
        `what are my times`,
      ]),
      intent(Intent.PlanTakeOut, [
        // Not "... out of the fridge": that asks the recipe's timing (30 to 45 minutes before roasting).
        `${FILLER} when do I take it out ${PLEASE}`,
        `${FILLER} (when|what time) (do|should) I take (it|the pork) out [tomorrow|today]`,
        `${FILLER} what time does it come out [tomorrow|today]`,
        `${FILLER} (when|what time) does (it|the pork) come out`,
        `when do I turn the oven on`,
        `what time do I turn the oven on`,
        `when do I take it out by my plan`,
      ]),
      intent(Intent.PlanGoesIn, [
        `${FILLER} what time does it go in ${PLEASE}`,
        `${FILLER} (when|what time) does (it|the pork) go in the oven`,
        `(when|what time) (do|should) I put (it|the pork) in the oven`,
        `when does it go in`,
        `when does the roast start`,
      ]),
      intent(Intent.PlanFridge, [
        `${FILLER} (when|what time) does it go in the fridge ${PLEASE}`,
        `${FILLER} (when|what time) (do|should) I put (it|the pork) in the fridge`,
        `when do I need to have it prepped`,
        `when does the drying start`,
        `when do I prep it`,
      ]),
      intent(
        Intent.Doneness,
        [
          `${FILLER} it's (at|reading) {reading} [degrees] ${PLEASE}`,
          `${FILLER} (it says|it reads|the thermometer says|the thermometer reads|I'm getting|I got) {reading} [degrees]`,
          `the (temperature|temp|internal temperature|internal temp) is {reading} [degrees]`,
          `${FILLER} {reading} degrees [inside]`,
          `it's at {celsius} degrees celsius`,
          `{celsius} degrees celsius`,
          `it's at {fahrenheit} degrees fahrenheit`,
          `{fahrenheit} degrees fahrenheit`,
          `(it's|it is|it looks|the skin is|the skin's|the glaze is|the glaze looks) {cue} ${PLEASE}`,
          `some bits are {cue}`,
          `some of it is {cue}`,
          `{cue} yet`,
          `I think it's {cue}`,
        ],
        [
          { name: Slot.Reading, type: 'AMAZON.NUMBER' },
          { name: Slot.Celsius, type: 'AMAZON.NUMBER' },
          { name: Slot.Fahrenheit, type: 'AMAZON.NUMBER' },
          { name: Slot.Cue, type: SlotType.Cue },
        ],
      ),
    ],
  };
}
