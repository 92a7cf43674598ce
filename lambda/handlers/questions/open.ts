import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { convertTemperature, factIndex, gasMark, givesMeasure, isMeasure, numbersIn, type Fact, type NumberSaid } from '../../facts';
import { Intent, Slot } from '../../intents';
import { adviceIn, internalChecks, kilograms, ovenPlan, PLANNED_KG, stepsUsingEquipment, groupOfIngredient, reasonForIngredient, stepsUsingIngredient, type Unit, type UnitSystem } from '../../recipe';
import { getIntentName, ResponseFactory } from '../../sdk';
import { sayBoth } from '../respond';
import type { Turn } from '../../turn/turn';
import { contentStems, figureThenQuestion, phraseKey, namesDish, questionAtEnd, questionBeforeJoin, requestAfterAside, withoutDish, resolveWords, things, vocabularyFor, wordsOf, type AfterAside, type Want } from '../../vocabulary';
import { answerAmount, IngredientAmountHandler } from './ingredients';
import { answerOven } from './temperatures';
import { HowLongHandler } from './timings';
import { judgeReading } from '../plan/doneness';
import type { TurnHandle } from '../respond';
import { askContext, heardPhrase, reply, type SlotHeard } from './common';
import { useWeight } from './size';
import { answerDenied, answerRead, answerStatement, statementAt } from './statement';
import type { AskContext } from '../../speech/types';

/**
 * Open questions (issue 11, item 3): the cook's own words after a carrier phrase, answered from the
 * recipe's facts (lambda/facts). In order: a weight said along the way is kept ("mine's one point
 * eight kilo, how long does it roast"); a temperature to convert is converted (gas marks too); a
 * thermometer reading is judged; anything else is the fact that best fits, weighed towards the
 * cook's step and phase. Nothing that fits well is said honestly, never a guess.
 */

/** What the carrier phrase's question word wants, which Alexa does not send in the slot. */
const BY_INTENT: Readonly<Partial<Record<string, readonly Want[]>>> = {
  [Intent.AskWhy]: ['reason'],
  [Intent.AskTime]: ['time'],
  [Intent.AskAmount]: ['amount'],
  [Intent.AskTemperature]: ['temperature'],
  [Intent.AskHow]: ['how'],
  [Intent.AskSide]: ['side'],
  [Intent.Tell]: ['problem'],
  [Intent.TellNot]: ['problem'],
  [Intent.AskLength]: ['how'],
};

/**
 * What a carrier said that names what is asked, which Alexa does not send in the slot: "slice
 * thickness" and "rack distance broiler" ask for a length, which the recipe gives in inches and
 * thicknesses, so those words are weighed with the cook's own.
 */
const CARRIED_WORDS: Readonly<Partial<Record<string, string>>> = {
  [Intent.AskLength]: 'inches thick',
  // "what's two seventy five in celsius": the scale the carrier said, read as the cook said it.
  [Intent.AskMetric]: 'in celsius',
  [Intent.AskImperial]: 'in fahrenheit',
};

/** The unit system a carrier said last asks for ("temperature celsius"), which Alexa does not send in the slot. */
const SYSTEM_BY_INTENT: Readonly<Partial<Record<string, UnitSystem>>> = {
  [Intent.AskMetric]: 'metric',
  [Intent.AskImperial]: 'imperial',
};

/** What a question's words ask that beats its carrier's measure wherever it is said: a reason, a reading, how it looks done. */
const STRONG_ASKS: ReadonlySet<Want> = new Set(['inside', 'reason', 'done']);

/** The least score a fact needs to be said: one telling word shared, or two common ones. */
const ENOUGH = 2;

const WEIGHT_WORDS: Readonly<Record<string, Unit>> = {
  kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kg: 'kg', pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb',
  gram: 'g', grams: 'g',
};
const SCALE_WORDS: Readonly<Record<string, 'F' | 'C'>> = { celsius: 'C', centigrade: 'C', c: 'C', fahrenheit: 'F', f: 'F' };
const READING_WORDS = new Set([
  'inside', 'internal', 'thermometer', 'probe', 'reading', 'reads', 'middle', 'centre', 'center',
  // A reading worried about ("is one fifty five too high", "it's one forty five, is it undercooked").
  'undercooked', 'overcooked', 'raw', 'high', 'low',
]);
/**
 * A question asked in a statement's order ("the oven how many degrees", "i cover it with what", "i put
 * it in a plate or on the rack"): a question word anywhere, or a choice of two, makes it a question.
 */
const ASKED_INSIDE = /\b(what|how|which|where|when|whether)\b|\w \w+ or \w/;
export const askedInside = (words: string): boolean => ASKED_INSIDE.test(words);

/**
 * Words that make a temperature said without its scale the oven's: "what's the oven again, is it two
 * seventy", "is it a couple hundred degrees for the first go", "it doesn't go above two seventy five does it"
 * (a reading names the inside: READING_WORDS, first).
 */
const OVEN_WORDS = new Set(['oven', 'preheat', 'setting', 'dial', 'degrees', 'above', 'below']);
/** The least a figure said alone is as the oven's setting: "is it two seventy five or two fifty" (no time is said so). */
const OVEN_LEAST = 100;

/** The unit system the cook asked in, by the scale or unit words they used ("in celsius", "in centimetres"). */
export function systemAsked(turn: Turn, words: readonly string[]): UnitSystem | undefined {
  const units = vocabularyFor().units;
  const said = ` ${words.join(' ')} `;
  const has = (ids: readonly string[]) => ids.some((id) => (units[id] ?? []).some((w) => w.length > 2 && said.includes(` ${w} `)));
  if (has(['C', 'cm', 'ml', 'kg', 'g', 'metric'])) return 'metric';
  if (has(['F', 'inch', 'lb', 'oz', 'imperial'])) return 'imperial';
  return undefined;
}

/** True when the words name both temperature scales ("in fahrenheit and in celsius"): the answer says both. */
function bothScalesAsked(words: readonly string[]): boolean {
  const scales = new Set(words.map((w) => SCALE_WORDS[w]).filter((s) => s !== undefined));
  return scales.size === 2;
}

/** A weight said in the words ("one point eight kilo"), and the words without it. */
function weightIn(words: readonly string[], numbers: readonly NumberSaid[]): { said?: { value: number; unit: 'kg' | 'lb' | 'g' }; rest: string[] } {
  for (const n of numbers) {
    const unit = WEIGHT_WORDS[words[n.end] ?? ''];
    if (unit === 'kg' || unit === 'lb' || unit === 'g') {
      return { said: { value: n.value, unit }, rest: [...words.slice(0, n.start), ...words.slice(n.end + 1)] };
    }
  }
  return { rest: [...words] };
}

/** `aside`: words said beside the question about another dish, read only for the units the cook speaks in ("my potatoes are at two twenty celsius"). */
export function answerOpen(h: HandlerInput, turn: Turn, query: string, asked?: string, aside = ''): Response | Promise<Response> {
  // A long sentence of narration or reasons with its question at the end: the question, about what the narration named if it names nothing.
  const rambled = questionAtEnd(query);
  if (rambled) {
    const about = namesRecipeThing(turn, rambled.request) ? [] : wordsOf(rambled.aside).filter((w) => namesRecipeThing(turn, w));
    return answerOpen(h, turn, [...about, rambled.request].join(' '), undefined, rambled.aside);
  }
  return openAnswer(h, turn, query, asked, false, aside) ?? reply(h, turn, turn.speech.openUnknown(askContext(turn)));
}

/** The fraction of a slot's words a fact must share when the words came from another intent's slot: they were about something. */
const SLOT_COVER = 2 / 3;

/**
 * The answer, or undefined when nothing fits well. `fromSlot` is for words another intent's slot
 * held: no answer for the cook's place instead (that intent's own handler gives it), and most of
 * the words must fit the fact.
 */
function openAnswer(h: HandlerInput, turn: Turn, query: string, asked: string | undefined, fromSlot: boolean, aside = ''): Response | Promise<Response> | undefined {
  const { recipe, speech } = turn;
  const vocabulary = vocabularyFor();
  // "what does the pork need": the dish's own name says which dish, not what is asked (vocabulary/asides.ts).
  const dishNamed = namesDish(query);
  const words = wordsOf(dishNamed ? withoutDish(query) : query);
  const numbers = numbersIn(words);
  const weight = weightIn(words, numbers);
  let kept: string | undefined;
  if (weight.said) {
    const kg = kilograms(weight.said.value, weight.said.unit) ?? 0;
    if (kg >= PLANNED_KG.least && kg <= PLANNED_KG.usualMost) {
      turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, porkKg: Math.round(kg * 1000) / 1000, porkSaid: weight.said } };
      kept = speech.weightKept(weight.said);
    }
  }
  const rest = [...weight.rest, ...wordsOf(CARRIED_WORDS[asked ?? ''] ?? '')];
  const units = systemAsked(turn, rest) ?? SYSTEM_BY_INTENT[asked ?? ''] ?? systemAsked(turn, wordsOf(aside));
  const asked0 = { ...askContext(turn, units), ...(bothScalesAsked(rest) ? { bothScales: true } : {}) };
  const ctx = kept ? { ...asked0, note: kept } : asked0;
  const temperature = numbersIn(rest).find((n) => n.value >= 30 && n.value <= 600);
  const gas = rest.includes('gas') || rest.includes('mark');
  const scales = rest.map((w) => SCALE_WORDS[w]).filter((s): s is 'F' | 'C' => s !== undefined);

  if (temperature && (scales.length || gas)) {
    const named = SCALE_WORDS[rest[temperature.end] ?? ''] ?? (rest[temperature.end] === 'degrees' ? SCALE_WORDS[rest[temperature.end + 1] ?? ''] : undefined);
    const wanted = scales.find((s) => s !== named);
    const from = named ?? (wanted === 'F' ? 'C' : wanted === 'C' ? 'F' : temperature.value > 290 ? 'F' : 'C');
    const to = from === 'F' ? 'C' : 'F';
    const converted = convertTemperature(recipe, temperature.value, from);
    const fahrenheit = from === 'F' ? temperature.value : converted;
    return reply(h, turn, speech.temperatureIn(ctx, temperature.value, from, to, converted, gas ? gasMark(fahrenheit) : undefined));
  }
  if (temperature && rest.some((w) => READING_WORDS.has(w)) && temperature.value <= 212) {
    return judgeReading(h, turn, { value: temperature.value, unit: temperature.value < 100 ? 'C' : 'F' });
  }
  // The oven's setting checked against a figure ("is it two seventy"): the recipe's setting for the cook's place.
  // So is a choice of two such figures ("is it two seventy five or two fifty"): the cook's guess, checked against the recipe.
  const guesses = numbersIn(rest).filter((n) => n.value >= OVEN_LEAST && n.value <= 600 && [undefined, 'or', 'degrees'].includes(rest[n.end]));
  if (temperature && (rest.some((w) => OVEN_WORDS.has(w)) || (guesses.length > 1 && rest.includes('or')))) return answerOven(h, turn, ovenPlan(recipe), ctx);

  const index = factIndex(vocabulary, recipe);
  const text = rest.join(' ');
  // A question asked inside a statement ("I've got a seven pound belly, how much baking soda") asks what its own words ask.
  const asks = index.asks(text)[0];
  const carried = BY_INTENT[asked ?? '']?.[0];
  const primary = asked !== Intent.AskWhy && asks ? asks : carried;
  // The measure asked for, in a question's form ("after how long should I start checking the temperature") or by
  // the carrier ("how long's it in the oven on the low heat", "what temperature does the oven need to be"), unless
  // the words ask outright for a reason, a reading or how it looks done: only a fact that gives it may answer.
  const measure = asked === Intent.AskLength ? undefined : (index.asksInForm(text).find(isMeasure) ?? (isMeasure(carried) && !(asks && STRONG_ASKS.has(asks)) ? carried : undefined));
  // A question that asks why outright ("what function does the ten minute rest serve") wants a reason: its other
  // words ("minute") describe what it asks about, and hint at no other kind of answer.
  // "can I use cheap pancake syrup", "is olive oil okay": a yes-or-no question naming another kind of an ingredient, and asking
  // nothing else outright ("is the butter compulsory" asks if it is needed), asks about a swap.
  const hints = primary === 'reason' ? [] : [...index.wants(text), ...(!asks && asked === Intent.AskYesNo && index.namesOther(text) ? (['swap'] as const) : [])];
  const wants = [...new Set([...(primary ? [primary] : []), ...(BY_INTENT[asked ?? ''] ?? []), ...hints])];
  // "how long now", "how hot": nothing named but what is wanted; the answer is the cook's place's own.
  const named = namedIn(text);
  const here = named.length === 0 && !fromSlot ? forPlace(h, turn, wants, ctx) : undefined;
  if (here) return here;
  // "what does the pork need", "what now for the pork": nothing named but the dish, asked of the cook's step.
  if (named.length === 0 && dishNamed && ctx.placed && !fromSlot) {
    return reply(h, turn, speech.fromStep(ctx, ctx.placed, ctx.placed.step.text), { kind: 'step-text', stepIds: [ctx.placed.step.id] });
  }
  if (gas) {
    const settings = ovenPlan(recipe);
    const oven = index.rank(text, ['temperature'], ctx.placed).find((r) => r.fact.kind === 'oven')?.fact;
    const setting = oven?.kind === 'oven' ? oven.setting : (settings.find((s) => s.placed.phase.id === ctx.placed?.phase.id) ?? settings[0]);
    if (setting) return reply(h, turn, speech.gasMark(ctx, setting, gasMark(setting.temp.f.max)), { kind: 'oven-temp', stepIds: [setting.placed.step.id] });
  }
  // A measure asked for ("how long's it in the oven") is answered only by a fact that gives one, never another that shares its words.
  const best = index.rank(text, wants, ctx.placed, primary).find((r) => givesMeasure(r.fact, measure));
  const covered = !fromSlot || (best !== undefined && best.shared >= SLOT_COVER * named.length);
  if (!best || best.score < ENOUGH || !covered) {
    if (fromSlot) return undefined;
    if (weight.said) return useWeight(h, turn, weight.said);
    return forPlace(h, turn, measure ? [measure, ...wants] : wants, ctx);
  }
  return speakFact(h, turn, ctx, best.fact, wants, { asked, text, units: units !== undefined });
}

/** The stems of a question's words that name something, not only what it wants ("how long", "celsius"). */
function namedIn(text: string): string[] {
  const vocabulary = vocabularyFor();
  const wantStems = new Set([
    ...Object.values(vocabulary.asks).flatMap((ws) => (ws ?? []).flatMap((word) => contentStems(vocabulary, word))),
    ...Object.values(vocabulary.units).flatMap((ws) => ws.filter((w) => !w.includes(' ')).flatMap((word) => contentStems(vocabulary, word))),
  ]);
  return contentStems(vocabulary, text).filter((s) => !wantStems.has(s));
}

/**
 * The question said after an aside about another dish, when it is the request: it names this dish
 * ("what does the pork need") or a thing of its own ("what do I use to clean up the skin"). A
 * question that names nothing ("is it ok already", "how far down do I go") asks about the aside,
 * which is then the cook's own statement, read whole.
 */
function requestOf(turn: Turn, words: string): AfterAside | undefined {
  const after = requestAfterAside(words);
  // "mine came unscored, do I have to score it": words the recipe says of its own pork are no other dish.
  const own = after && contentStems(vocabularyFor(), after.aside).length > 0 && factIndex(vocabularyFor(), turn.recipe).knows(after.aside);
  return after && !own && (namesDish(after.request) || namesRecipeThing(turn, after.request)) ? after : undefined;
}

/** True when the words name one of the recipe's ingredients, its equipment, its parts, or a place on the pork ("the skin", "the glaze"). */
function namesRecipeThing(turn: Turn, words: string): boolean {
  const vocabulary = vocabularyFor();
  const names = [
    ...things(vocabulary, turn.recipe, 'ingredient'),
    ...things(vocabulary, turn.recipe, 'group'),
    ...things(vocabulary, turn.recipe, 'equipment'),
    ...things(vocabulary, turn.recipe, 'phase'),
  ].flatMap((t) => t.names);
  const stems = new Set([...names, ...vocabulary.places].flatMap((n) => contentStems(vocabulary, n)));
  return contentStems(vocabulary, words).some((s) => stems.has(s));
}

/** What a question that names nothing wants, for where the cook is: the handlers that answer "how long", "how hot", "how much". */
function forPlace(h: HandlerInput, turn: Turn, wants: readonly Want[], ctx: AskContext): Response | Promise<Response> | undefined {
  for (const want of wants) {
    if (want === 'time') return HowLongHandler.handle(h, turn);
    if (want === 'temperature') return answerOven(h, turn, ovenPlan(turn.recipe), ctx);
    if (want === 'inside') {
      const checks = internalChecks(turn.recipe);
      return reply(h, turn, turn.speech.internal(ctx, checks), { kind: 'internal-temp', stepIds: checks.map((c) => c.step.id) });
    }
    if (want === 'amount') return IngredientAmountHandler.handle(h, turn);
  }
  return undefined;
}

/** Says one fact, the way the question asked for it. */
function speakFact(h: HandlerInput, turn: Turn, ctx: AskContext, fact: Fact, wants: readonly Want[], said: { asked?: string; text: string; units: boolean }): Response {
  const { recipe, speech } = turn;
  switch (fact.kind) {
    case 'sentence':
      return reply(h, turn, speech.fromStep(ctx, fact.placed, fact.text), { kind: 'step-text', stepIds: [fact.placed.step.id] });
    case 'ingredient': {
      // "how much salt": every ingredient the words name ("salt" is three), narrowed to the cook's place.
      const named = wants[0] === 'amount' ? resolveWords(vocabularyFor(), things(vocabularyFor(), recipe, 'ingredient'), said.text) : undefined;
      if (named?.kind === 'found' && named.by === 'name' && !said.units) return answerAmount(h, turn, named.items.map((t) => t.item));
      const i = fact.ingredient;
      const topic = { kind: 'amount', ingredientIds: [i.id] } as const;
      if (wants.includes('swap')) return reply(h, turn, speech.substitute(ctx, [i]), topic);
      if (wants.includes('need')) return reply(h, turn, speech.optional(ctx, [i]), topic);
      // "how many millilitres is a cup of maple syrup": the amount in the units asked for.
      if (said.units) return reply(h, turn, speech.amountsInUnits(ctx, [i], false), topic);
      if (wants.includes('amount')) return reply(h, turn, speech.amount(ctx, [i]), topic);
      if (wants.includes('reason')) {
        const line = speech.purpose(ctx, i, reasonForIngredient(recipe, i.id), groupOfIngredient(recipe, i.id), stepsUsingIngredient(recipe, i.id));
        return reply(h, turn, line, topic);
      }
      if (said.asked === Intent.AskYesNo) {
        // "can I use olive oil": a name that is not the ingredient's own asks about a swap; "do I need the ginger" asks if it is needed.
        // The ingredient's own name, said with where it goes or what is done with it ("do I gotta use the oil",
        // "pepper in the glaze yes or no"), still names it: only another word ("olive") makes it a swap.
        const vocabulary = vocabularyFor();
        const own = things(vocabulary, recipe, 'ingredient').find((t) => t.id === i.id)?.names ?? [];
        const group = groupOfIngredient(recipe, i.id)?.name ?? '';
        const ownStems = new Set([...own, group, ...vocabulary.places].flatMap((n) => contentStems(vocabulary, n)));
        const isOwn = own.some((n) => phraseKey(vocabulary, n) === phraseKey(vocabulary, said.text)) || contentStems(vocabulary, said.text).every((w) => ownStems.has(w));
        return reply(h, turn, isOwn ? speech.optional(ctx, [i]) : speech.substitute(ctx, [i]), topic);
      }
      return reply(h, turn, speech.about(ctx, [i]), topic);
    }
    case 'group':
      return reply(h, turn, speech.groups(ctx, [fact.group]), { kind: 'amount', ingredientIds: fact.group.ingredients.map((i) => i.id) });
    case 'equipment':
      return reply(h, turn, speech.equipmentAbout(ctx, [{ equipment: fact.equipment, steps: stepsUsingEquipment(recipe, fact.equipment.id) }]));
    case 'wait':
      return reply(h, turn, speech.timedStep(ctx, fact.placed), { kind: 'step-text', stepIds: [fact.placed.step.id] });
    case 'oven':
      return reply(h, turn, speech.ovenNow(ctx, fact.setting), { kind: 'oven-temp', stepIds: [fact.setting.placed.step.id] });
    case 'inside':
      return reply(h, turn, speech.internal(ctx, [fact.placed]), { kind: 'internal-temp', stepIds: [fact.placed.step.id] });
    case 'done':
      return reply(h, turn, speech.doneBySight(ctx, fact.placed), { kind: 'step-text', stepIds: [fact.placed.step.id] });
    case 'reason':
      return reply(h, turn, speech.why(ctx, fact.reason));
    case 'problem':
      return reply(h, turn, speech.problem(ctx, fact.entry, adviceIn(fact.entry, ctx.placed?.phase.id)));
    case 'variation':
      return reply(h, turn, speech.variations(ctx, [fact.variation]));
    case 'pairing':
      return reply(h, turn, speech.pairing(ctx));
    case 'serviceTip':
      return reply(h, turn, speech.serviceTip(ctx));
  }
}

/**
 * A custom slot that held the cook's own words and named no recipe thing ("how much glaze should
 * I brush on, I don't want it soggy" heard as an amount of "glaze should I brush on..."): the
 * words go to the open question's answer as the question the intent asks (`asked`), rather than
 * "that isn't in this recipe". Undefined when the slot named something, or a thing the model knows
 * the recipe doesn't use ("garlic"): those keep their own answers.
 */
export function openFromSlot(h: HandlerInput, turn: Turn, heard: SlotHeard, asked: string, stated = true): Response | Promise<Response> | undefined {
  if (!heard.words || heard.notInRecipe || heard.ids.length) return undefined;
  // `stated`: the slot held a statement, not the words after "what if" (troubleshooting.ts).
  if (asked === Intent.Tell && stated) {
    // What the cook sees, said in a slot that named nothing: a step done or skipped, or a reading, first.
    const read = statementAt(turn, heard.words);
    const stated = answerRead(h, turn, read);
    if (stated) return stated;
    // A worry ("still kinda wet even after i patted it") is answered from the recipe's advice, however few of its words fit.
    if (read?.kind === 'worry') return openAnswer(h, turn, heard.words, asked, false);
  }
  return openAnswer(h, turn, heard.words, asked, true);
}

/**
 * "temp and time": a question said before the carrier's own, joined to it ("{query} time" with
 * "temp and" in the slot). Each is answered as if asked alone, the carrier's for the cook's place,
 * one after the other with one hand-back, as two questions asked at once are (two-questions.ts).
 */
async function answerJoined(h: HandlerInput, turn: Turn, first: string, asked: string): Promise<Response> {
  turn.firstOfTwo = true;
  let said: Response;
  try {
    said = await answerOpen(h, turn, first);
  } finally {
    turn.firstOfTwo = false;
  }
  const then = await answerOpen({ ...h, responseBuilder: ResponseFactory.init() }, turn, '', asked);
  return sayBoth(h, said, then);
}

export const OpenQuestionHandler: TurnHandle = {
  handle(h, turn) {
    // After a correction the cook's words ask their own question: the carrier that chose the intent was taken back.
    const { words, untidied, corrected } = heardPhrase(h, Slot.Query);
    const asked = corrected ? undefined : getIntentName(h.requestEnvelope);
    // "the lamb's in the other oven at three fifty what does the pork need": a statement's carrier
    // chose the intent, and the question said after the aside is what is asked, in its own words.
    // Not when the statement tells the pork's weight ("I've got a seven pound pork belly, how much baking soda"): figureThenQuestion keeps it.
    const toldWeight = weightIn(wordsOf(words), numbersIn(wordsOf(words))).said !== undefined;
    const after = (asked === Intent.Tell || asked === Intent.TellNot) && !toldWeight ? requestOf(turn, words) : undefined;
    if (after) return answerOpen(h, turn, after.request, undefined, after.aside);
    // A ramble with its question at the end ("... so is there any way around the overnight thing") is a question, not a statement.
    if (!toldWeight && questionAtEnd(words)) return answerOpen(h, turn, words);
    const joined = asked && BY_INTENT[asked] ? questionBeforeJoin(untidied) : undefined;
    if (joined && asked) return answerJoined(h, turn, joined, asked);
    // A statement ("i brushed it all on", "mine came already scored"): the step done or skipped, or a reading judged (statement.ts).
    // Denied by its carrier ("i didn't put it on the rack"): never the step done, how the step is done instead.
    // Asked inside a statement ("the oven how many degrees"): a question, what its own words ask.
    const inside = asked === Intent.Tell && ASKED_INSIDE.test(words);
    const stated = asked === Intent.Tell ? (inside ? undefined : answerStatement(h, turn, words)) : asked === Intent.TellNot ? answerDenied(h, turn, words) : undefined;
    // "I've got a seven pound pork belly, how much baking soda": the figure and the question, not the statement's other words.
    return stated ?? answerOpen(h, turn, figureThenQuestion(words) ?? words, inside ? undefined : asked);
  },
};
