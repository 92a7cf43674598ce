import { Intent, Slot, SlotType } from '../../lambda/intents';
import { samples } from './expand';
import { core } from './questions-grammar';
import type { IntentDef } from './types';

/** A problem said as a statement: what the cook looks at, the verb, and how it is (questions-types.ts). */
const THING = `{${Slot.ProblemThing}}`;
const STATE = `{${Slot.ProblemState}}`;
const VERB =
  "(is|isn't|looks|seems|has gone|went|is going|is getting|is starting to|won't|didn't|hasn't|doesn't|is still|tastes|feels)";

/** Questions for advice: why, how to, problems, variations, serving, and the cook's own size. */
export const adviceIntents: IntentDef[] = [
  {
    name: Intent.Why,
    slots: [{ name: Slot.Reason, type: SlotType.Reason }],
    samples: samples(
      ...core('why (do I|do we|) {reason}'),
      'why (do I|do we|should I|do you|would I|must I) {reason}',
      // Asked inside a frame, in the order of a statement: "may I ask why one puts baking soda on".
      'why (I|we|you|one) [need to|have to|should] {reason}',
      'why (does it|do I|do we) (need|have) to {reason}',
      'why (cook|roast|do|make|leave|keep) it {reason}',
      'why is (it|the skin|the pork|the meat) {reason}',
      'why (the|use|use the) {reason}',
      // What a part is for, asked to be reminded (list P): "remind me what the low and slow roast is for".
      '(remind me|tell me) what (the|this) {reason} is for',
      'why {reason} (first|at all)',
      "(what's|what is) the (point|reason|science) (of|for|behind) (the|) {reason}",
      'explain (the|) {reason}',
      '(explain|tell me) why (we|I) {reason}',
      'why bother (with the|with|to) {reason}',
      'what does {reason} (do|achieve)',
      // A food-science cook's words (list N): "what's the mechanism behind the towel", "the purpose of resting".
      "(what's|what is) the (purpose|mechanism) (of|behind) {reason}",
      'why (is|does) (the|) {reason} (important|matter)',
      'how does {reason} help',
      'does {reason} really matter',
      'the science of {reason}',
    ),
  },
  {
    name: Intent.HowTo,
    // "how far apart do I score it in centimetres": the step read in the scale the cook named.
    slots: [{ name: Slot.Technique, type: SlotType.Technique }, { name: Slot.Unit, type: SlotType.Unit }],
    samples: samples(
      ...core('how (do I|do you) {technique}'),
      'how (do I|do you|should I|to) {technique} [properly|it|the pork|the pork belly|the skin|the meat]',
      'how (deep|thick|thin|wide|far apart) (do I|should I) {technique} [it|the skin]',
      'how thick should the {technique} be',
      'how (deep|far apart) (do I|should I) {technique} [it] in {unit}',
      'how big should the {technique} be',
      'how (far|close) (from|to|away from) the {technique} [should the rack be|should it be|does it go]',
      'how far should the rack be from the {technique}',
      // The broiler named first, then the distance (list P): "if I use the broiler how far from the heat should the rack be".
      'if (I use|I\'m using) the broiler how far from the {technique} should the rack be',
      // Which element, asked tersely (list P): "broil top or bottom element".
      '{technique} (top|bottom) or (bottom|top) element',
      "(what's|what is) the (best way|trick|technique) (to|for) {technique}",
      '(show|tell) me how to {technique}',
      'explain how to {technique}',
      '(any tips|tips) (for|on) {technique}',
      'walk me through (how to|) {technique}',
      'help me {technique}',
      'how do I go about {technique}',
      'when (do I|should I|can I|do you) {technique}',
      'what (do I|should I) do with {technique}',
    ),
  },
  {
    // A problem named ("what if {problem}") or said as a statement ("my {problemThing} is
    // {problemState}"). No sample is the slot behind only "my", "the", "I think" or "it looks like":
    // on a device such a sample takes anything the model doesn't know (test/artifacts/model-limits.test.ts).
    name: Intent.Troubleshoot,
    slots: [
      { name: Slot.Problem, type: SlotType.Problem },
      { name: Slot.ProblemThing, type: SlotType.ProblemThing },
      { name: Slot.ProblemState, type: SlotType.ProblemState },
    ],
    samples: samples(
      ...core(`my ${THING} is ${STATE}`, 'what if (the|my|) {problem}'),
      `(my|the) ${THING} ${VERB} ${STATE}`,
      `(I think|it looks like|oh no|help) (my|the) ${THING} (is|isn't|looks|went|won't|didn't) ${STATE}`,
      `(it's|it is|it isn't|it looks|it seems|it's gone|it went|it's getting|it's going|it's starting to|it won't|it didn't|it hasn't|it's still|it tastes|it feels) ${STATE}`,
      `(I think|it looks like|oh no) (it's|it's getting|it's starting to|it won't|it didn't) ${STATE}`,
      `(some|some of the) (bits|parts|spots|edges) (are|aren't|look|went|are going|are getting|are still|are starting to|won't|didn't|haven't) ${STATE}`,
      `(some of it|part of it|one side|one end|half of it) (is|isn't|looks|went|is going|is still|won't|didn't) ${STATE}`,
      '(help|help my|help the|problem) {problem}',
      '(the|my|) {problem} (in the oven|under the broiler|under the grill)',
      'I (don\'t have|haven\'t got|have no|haven\'t|haven\'t the|don\'t have the) time to {problem}',
      '(what do I do if|what should I do if|what happens if|is it okay if|is it normal that|is it bad that) (the|my|) {problem}',
      'what do I do {problem}',
      'why (is|is my|is the|did|didn\'t|didn\'t the|hasn\'t|hasn\'t the|won\'t|won\'t the|isn\'t|isn\'t my|isn\'t the|doesn\'t|doesn\'t the) {problem}',
      'how (do I|can I|to) fix (the|my|) {problem}',
      'fix (the|my|) {problem}',
      '{problem} (what do I do|what now|help|what should I do|what would you suggest|what do you suggest|any ideas)',
      'I have a problem (the|my|) {problem}',
      'how (do I|can I|to) (get|make|) {problem}',
      'I want {problem}',
      'tips for {problem}',
      // "any trick for a crisper crackle off the blast": a chef's trick is for a result, a problem to solve.
      '(any trick|any tricks|a trick) for {problem}',
    ),
  },
  {
    name: Intent.IsItDone,
    samples: samples(
      ...core('is it done', 'is it ready', 'how do I know when it\'s done'),
      'is (it|the pork|the pork belly|the meat|the skin|the crackling|the glaze) (done|ready|cooked) [yet|now]',
      'how (do|can|will|would) I (know|tell) (if|when|whether) (it\'s|it is|the pork is|the skin is|the glaze is) (done|ready|cooked)',
      'how (do|can) I tell (it\'s|it is) (done|ready)',
      'how (shall|should) I know (if|when|whether) (it\'s|it is|the skin is|the pork is) (done|ready)',
      // The moment asked as the time to take it out (list P): "how will I know when it's time to take the pork out".
      'how (do|shall|will) I know when (it is|it\'s) time to take (it|the pork) out',
      'how do I (know|tell) (when|if) (it|the pork|the meat|the skin|the glaze) is (done|ready|cooked)',
      '(when|how) is (it|the pork|the pork belly|the meat|this) (done|cooked)',
      'how do I know it\'s (done|ready)',
      'when is it (done|ready)',
      'what (should|does) (it|the skin|the glaze) (look|feel) like (when it\'s done|when it\'s ready|now)',
      'what am I looking for',
      '(is it|are we) (done|ready) yet',
      'how do I check (if|whether) it\'s (done|ready)',
      // The order of a statement (Indian English): "how i will know the skin is done".
      'how (I will|I) know [when|if] (it\'s|it is|the skin is|the pork is) (done|ready)',
    ),
  },
  {
    name: Intent.WhileWaiting,
    samples: samples(
      ...core('what do I do while it rests', 'what do I do while I wait'),
      'what (do|should|can) I do while (it|the pork|the pork belly|the meat|the glaze) (rests|is resting|roasts|is roasting|dries|is drying|is in the oven|is in the fridge|cooks|is cooking|simmers|is simmering)',
      'what (do|should|can) I do (while I wait|while I\'m waiting|in the meantime|meanwhile)',
      '(anything|is there anything) (to do|I should do) (while I wait|while it rests|while it roasts|in the meantime)',
      'what (now|next) while (it|the pork) (rests|is resting|roasts|is roasting)',
      'what happens while (it|the pork) (rests|is resting|roasts|is roasting|dries)',
      // "foil's on and it's resting so what should i be doing while i wait".
      'what (should|can|do) I be doing (while I wait|while it rests|while it\'s resting|in the meantime|meanwhile)',
    ),
  },
  {
    name: Intent.Variation,
    slots: [{ name: Slot.Variation, type: SlotType.Variation }],
    samples: samples(
      ...core('any variations'),
      '(are there|are there any|what are the|any other|) variations [on this|of this|for this]',
      'how can I change it up',
      'can I (change the glaze|make it different)',
      'any other glaze ideas',
      '(what other versions are there|other versions)',
      '(give me a|is there a) variation',
      'variation ideas',
      "(what's|what is|tell me about|how do I make|how do I do|how about|what about|give me|can I make|I want to try|let me hear) the {variation} [version|glaze]",
      '[the] {variation} (version|glaze)',
      '(how do I make it with|can I add|what if I add) {variation}',
      '(how do I|can I|I want to) (make|do) a {variation} (version|one) [of the glaze]',
    ),
  },
  {
    name: Intent.Pairing,
    samples: samples(
      ...core('what should I serve with it'),
      'what (should|do|can) I serve (it|this) with',
      'what (should|can) I serve with (it|this|pork belly)',
      'what to serve with it',
      // Asked of anyone, at the table (list P): "what do you serve with this then".
      'what do (you|people) serve with (this|it) [then]',
      'what (goes|pairs|would go) [well|nicely] with (this|it|pork belly|the pork)',
      'what (sides|side dishes|vegetables|salads|accompaniments) (go|would go|pair) [well|nicely] with (this|it|pork belly|the pork)',
      'what (sides|side dishes|accompaniments|vegetables|salad) (should I make|go with this|goes with this|)',
      '[any] (serving suggestions|pairings|sides|side dish ideas)',
      'pairing',
      'what should I (pair it with|make with it|have with it)',
      '(suggest|recommend) something to (serve|have|eat) (with|alongside) (it|this)',
      'what (goes alongside|should go on the side|else should I make)',
      '(recommend|suggest) a side [dish]',
      "what's good with this",
      'what do you serve this with',
    ),
  },
  {
    name: Intent.ServiceTip,
    samples: samples(
      ...core('any serving tips'),
      '[give me a] (serving tip|serving tips|service tip|plating tips|presentation tips|presentation ideas)',
      '[any] (tips|advice|ideas) (for|on) (serving|plating|presentation|serving it|plating it)',
      'serving advice',
      'how (should|do|can) I (serve|plate|present) (it|this) [up|nicely]',
      'how to (serve|plate|present) (it|this)',
      'plating',
      "what's the service tip",
      '[any] finishing (touch|touches)',
      'how do I finish it for serving',
      'how do I make it look nice',
      'how do (restaurants|chefs) serve it',
      'restaurant style serving',
      'how (should it be|is it) served',
      'best way to serve it',
      // A chef's service: glazed on the pass or at the table, "for plated service".
      '(glaze|glaze it) (in the kitchen|on the pass) or (tableside|at the table)',
      '[for] (plated service|tableside service|tableside)',
      // A chef's shorthand: "any service notes for plating this".
      '[any] (service|plating) notes [for plating] [this]',
    ),
  },
];

/** One unit per slot, because a number and its unit cannot share one slot. */
const WEIGHT_UNITS: readonly [string, string][] = [
  [Slot.Kilograms, '(kilo|kilos|kilograms)'],
  [Slot.Pounds, '(pound|pounds)'],
  [Slot.Grams, '(gram|grams)'],
  // "one and a half kilos": Alexa's number slot takes the whole number, the words say the half.
  [Slot.KilogramsAndAHalf, 'and a half (kilo|kilos|kilograms)'],
  [Slot.PoundsAndAHalf, 'and a half (pound|pounds)'],
];

const ABOUT = '[about|around|roughly|just over|just under]';

export const sizeIntents: IntentDef[] = [
  {
    name: Intent.PorkSize,
    slots: WEIGHT_UNITS.map(([name]) => ({ name, type: 'AMAZON.NUMBER' })),
    samples: samples(
      ...WEIGHT_UNITS.flatMap(([slot, unit]) => {
        const n = `{${slot}}`;
        return [
          `(I have|I've got|I bought) (a|an) ${n} ${unit} (pork belly|one|piece)`,
          `I have ${n} ${unit} of pork belly`,
          `(my pork belly|the pork belly|mine|it) (is|weighs) [about] ${n} ${unit}`,
          `it's ${ABOUT} ${n} ${unit}`,
          `it's (a|an) ${n} ${unit} piece`,
          `(I'm cooking|I'm making) ${n} ${unit}`,
          `(scale|adjust) (it|the recipe) for ${n} ${unit}`,
          `what if I have ${n} ${unit}`,
          `for (a|an) ${n} ${unit} pork belly`,
          `how much rub for ${n} ${unit}`,
        ];
      }),
    ),
  },
];
