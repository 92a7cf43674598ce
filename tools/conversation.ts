/**
 * Drives the real skill the way Alexa would: a phrase is matched against the real interaction
 * model (virtual-core's matcher), built-in slot values are normalised as Alexa normalises them,
 * and the request goes to the real handler with the session carried between turns.
 * Used by the console (`npm start`) and by the conversation tests.
 */
import './quiet';
import { readFileSync } from 'node:fs';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { Utterance, type IModel } from 'virtual-core';
import { ssmlToText } from '../lambda/speech';
import { INVOCATION_NAME } from '../interaction-models/source';
import { LooseMatcher, SEARCH_QUERY, words, type MatchableModel } from './loose-match';
import { addressed, afterWake } from '../lambda/vocabulary';
import { isFiller } from '../interaction-models/source/fillers';
import { clauses } from './clause-match';
import { WrapperTeacher } from './wrapped-match';
import { unhesitated } from './hesitation-match';
import { normaliseSlot, numberWordsToDigits, splitTimeAndDate, type SpokenClock } from './spoken-values';

export type SkillHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface ConversationOptions {
  readonly handler: SkillHandler;
  /** The interaction model file to match phrases against. */
  readonly modelFile: string;
  readonly locale?: string;
  readonly userId?: string;
  /** Changes each request before it is sent (e.g. an API endpoint or permissions). */
  readonly decorate?: (request: Record<string, unknown>) => void;
  /** The cook's clock and time zone, which Alexa resolves "tomorrow" or "Saturday" by (AMAZON.DATE). */
  readonly clock?: SpokenClock;
  /**
   * Only the matching a device is sure to do: a sample as it stands, or with custom-slot or
   * phrase-slot words. No lead-ins and tails learnt from the model (wrapped-match.ts) and no request
   * said as a clause of a longer sentence (clause-match.ts): those two assume Alexa's recogniser
   * generalises as its guidance says, and `npm run heldout -- --strict` scores a list without them.
   */
  readonly strict?: boolean;
}

/** Alexa's answer to a `Connections.SendRequest` the skill sent (such as AskFor consent). */
export interface ConnectionsAnswer {
  /** The request's name, e.g. "AskFor". */
  readonly name: string;
  readonly payload: Record<string, unknown>;
  /** The token the skill put in its directive, returned unchanged. */
  readonly token: string;
  /** The connection's status code; 200 unless the task could not run. */
  readonly statusCode?: number;
  /** True when the answer comes in a new session, without the old session's attributes. */
  readonly newSession?: boolean;
}

/** One exchange: what was said, which intent it matched, and what Alexa would say back. */
export interface Exchange {
  readonly phrase: string;
  /** The request sent: "LaunchRequest", an intent name, or "SessionEndedRequest". */
  readonly sent: string;
  /** False when no sample matched, so the phrase went to AMAZON.FallbackIntent. */
  readonly matched: boolean;
  readonly slots: Record<string, string>;
  /**
   * Custom slots that hold words the model does not list: matched as Alexa matches, and sent
   * with resolution ER_SUCCESS_NO_MATCH. Empty when every slot was a listed value or synonym.
   */
  readonly unlisted: readonly string[];
  /**
   * Lead-ins and tails said around a sample of the intent ("um", "please"), which its samples
   * taught it (wrapped-match.ts); empty when the phrase was a sample as it stands.
   */
  readonly wrappers: readonly string[];
  /** Words said beside a request matched as one clause of a longer sentence; empty otherwise. */
  readonly aside: string;
  /** True for a one-shot request ("ask crispy pork belly how much salt"): a new session, no launch. */
  readonly oneShot: boolean;
  readonly speech: string;
  readonly reprompt: string;
  readonly ssml: string;
  readonly repromptSsml: string;
  readonly sessionEnded: boolean;
  readonly response: ResponseEnvelope;
}

const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

const LAUNCH = new RegExp(`^(?:alexa,?\\s+)?(?:open|launch|start|ask|talk to|begin|load|run|use)\\s+${INVOCATION_NAME}$`, 'i');

/**
 * "Alexa, ask crispy pork belly how much salt", "tell crispy pork belly to go to step five",
 * "open crispy pork belly and set a timer": the invocation with a request, which Alexa sends as
 * an IntentRequest in a new session. The connecting words are those Amazon lists for one-shot
 * invocations (to, for, about, if, whether, and, that).
 */
const ONE_SHOT = new RegExp(
  `^(?:alexa,?\\s+)?(?:ask|tell|open|launch|start|talk to|use|load|run|begin)\\s+${INVOCATION_NAME},?\\s+(?:(?:to|for|about|if|whether|and|that|and then)\\s+)?(.+)$`,
  'i',
);

/** How one phrase was matched: which intent, the slots as sent, and which held unlisted words. */
export interface PhraseMatch {
  readonly intent?: string;
  readonly slots: Record<string, string>;
  readonly unlisted: readonly string[];
  /** The lead-ins and tails said around the sample, when it was matched inside them. */
  readonly wrappers?: readonly string[];
  /** Words said beside a request matched as one clause of a longer sentence (clause-match.ts). */
  readonly aside?: string;
}

interface SlotResolution {
  readonly authority: string;
  readonly status: { readonly code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH' };
  readonly values?: readonly { readonly value: { readonly name: string; readonly id: string } }[];
}

type ModelJson = MatchableModel & {
  interactionModel: { languageModel: { types?: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[] } };
};

/**
 * What never changes for a model file, kept once per process: the parsed model, each sample's
 * literal words and the loose matcher. Tests build hundreds of conversations over the same model.
 */
const MODELS = new Map<string, ModelJson>();
const LITERALS = new Map<string, Map<string, string[]>>();
const LOOSE_MATCHERS = new Map<string, LooseMatcher>();
const WRAPPER_TEACHERS = new Map<string, WrapperTeacher>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * virtual-core gives all the words to the first of two slots side by side ("at {time} {date}" hears
 * "seven tomorrow" as the time); Alexa's recogniser tells a time from a day, so the driver does too.
 */
function splitAdjacent(types: Map<string, string>, slots: Record<string, string>): Record<string, string> {
  const timeSlot = [...types].find(([, type]) => type === 'AMAZON.TIME')?.[0];
  const dateSlot = [...types].find(([, type]) => type === 'AMAZON.DATE')?.[0];
  if (!timeSlot || !dateSlot || slots[dateSlot]?.trim() || !slots[timeSlot]) return slots;
  const split = splitTimeAndDate(slots[timeSlot]);
  return split ? { ...slots, [timeSlot]: split.time, [dateSlot]: split.date } : slots;
}

/** How many more words a clause's request must have than a phrase-slot sample's carrier, to be taken over it. */
const CLAUSE_OVER_QUERY = 2;

export class Conversation {
  private readonly alexa: VirtualAlexa;
  private readonly slotTypes = new Map<string, Map<string, string>>();
  private readonly customTypes = new Map<string, { id: string; value: string; words: string[] }[]>();
  private readonly modelJson: ModelJson;
  /** Intents with a phrase slot (AMAZON.SearchQuery): matched only when nothing else fits. */
  private readonly queryIntents = new Set<string>();

  constructor(private readonly options: ConversationOptions) {
    const handler = (event: RequestEnvelope) => options.handler(event);
    this.alexa = VirtualAlexa.Builder()
      .handler(handler)
      // One parse per file and process; virtual-alexa only adds idempotent marks to the objects.
      .interactionModel(cached(MODELS, options.modelFile, () => JSON.parse(readFileSync(options.modelFile, 'utf8')) as ModelJson))
      .locale(options.locale ?? 'en-US')
      .create();
    if (options.userId) this.alexa.context().user().setID(options.userId);
    if (options.decorate) this.alexa.filter(options.decorate);
    const model = cached(MODELS, options.modelFile, () => JSON.parse(readFileSync(options.modelFile, 'utf8')) as ModelJson);
    for (const intent of model.interactionModel.languageModel.intents) {
      this.slotTypes.set(intent.name, new Map((intent.slots ?? []).map((s) => [s.name, s.type])));
    }
    for (const type of model.interactionModel.languageModel.types ?? []) {
      this.customTypes.set(
        type.name,
        type.values.map((v) => ({ id: v.id ?? v.name.value, value: v.name.value, words: [v.name.value, ...(v.name.synonyms ?? [])].map((w) => w.toLowerCase()) })),
      );
    }
    this.modelJson = model;
    for (const [intent, types] of this.slotTypes) if ([...types.values()].includes(SEARCH_QUERY)) this.queryIntents.add(intent);
  }

  /** Built on first need and shared by every conversation over the same model file: it never changes. */
  private get loose(): LooseMatcher {
    return cached(LOOSE_MATCHERS, this.options.modelFile, () => new LooseMatcher(this.modelJson));
  }

  /** The lead-ins and tails each intent's samples teach; shared like the loose matcher. */
  private get wrappers(): WrapperTeacher {
    return cached(WRAPPER_TEACHERS, this.options.modelFile, () => new WrapperTeacher(this.modelJson));
  }

  /**
   * Which intent and slots a phrase matches, without sending anything, in the order Alexa would
   * prefer them: a sample matched exactly (virtual-core's matcher: every custom slot holds a listed
   * value or synonym); then one inside lead-ins and tails its intent has learnt (wrapped-match.ts);
   * then, for a sentence with a hesitation inside ("set a um a timer"), the sentence as heard without
   * it (hesitation-match.ts); then a sample whose words fit with a custom slot holding unlisted words (loose-match.ts), bare
   * and then wrapped, or a known request said as one clause of a longer sentence (clause-match.ts),
   * whichever leaves the fewest words unknown.
   */
  match(phrase: string): PhraseMatch {
    const lower = phrase.toLowerCase();
    const known = this.exactOrWrapped(lower);
    if (known) return known;
    // The wake word said inside a sentence ("careful with the knife alexa how deep do we score it")
    // marks where the request to the skill starts (lambda/vocabulary/addressed.ts): the words before
    // it are talk to someone else, set aside as a clause's are, and what follows is matched as said;
    // when nothing fits that, the request without the clause said to someone else after it
    // ("alexa next he's ready"), as the skill reads it from a slot.
    // A phrase slot's carrier after the wake word ("alexa we're {query}") is the last resort, as ever:
    // a known request in the whole sentence ("alexa we're ready let's go") goes first.
    const { request, before } = this.options.strict ? { request: [], before: [] } : afterWake(words(lower));
    let addressedQuery: PhraseMatch | undefined;
    if (before.length) {
      const said = this.match(request.join(' '));
      const inner = said.intent ? said : this.match(addressed(request).join(' '));
      const found = inner.intent ? { ...inner, aside: [before.join(' '), inner.aside].filter(Boolean).join(' ') } : undefined;
      if (found && !this.queryIntents.has(found.intent ?? '')) return found;
      addressedQuery = found;
    }
    const readings = this.options.strict ? [] : this.wrappers.unwrap(lower);
    // Unlisted words: the reading that leaves the fewest words to the slots as spoken, as Alexa
    // weighs what it knows ("um how much smoked salt do I need please" is "how much {ingredient} do I
    // need" inside "um" and "please", not "smoked salt do I need please" as the ingredient).
    let best: { match: PhraseMatch; cost: number } | undefined;
    // A phrase slot (AMAZON.SearchQuery) is the last resort: any other reading beats it, even a misfit (loose-match.ts).
    let query: PhraseMatch | undefined;
    const consider = (match: PhraseMatch | undefined) => {
      if (!match?.intent) return;
      if (this.queryIntents.has(match.intent)) {
        query ??= match;
        return;
      }
      const cost = match.unlisted.reduce((n, name) => n + (match.slots[name] ?? '').split(/\s+/).length, 0);
      if (!best || cost < best.cost) best = { match, cost };
    };
    consider(this.looseMatch(lower));
    for (const reading of readings) {
      const inner = this.looseMatch(reading.inner);
      if (inner?.intent && this.wrappers.teaches(inner.intent, reading)) consider({ ...inner, wrappers: [...reading.leads, ...reading.tails] });
    }
    // A hesitation inside the request (hesitation-match.ts): what was said around the pause, before any
    // reading that puts "um" in a slot or leaves it aside. Lead-ins ("sorry um how much ...") were read above.
    const plain = this.options.strict ? undefined : unhesitated(lower);
    if (plain && (!best || Object.values(best.match.slots).some((v) => unhesitated(v) !== undefined))) {
      const inner = this.match(plain);
      if (inner.intent) return { ...inner, wrappers: [...(inner.wrappers ?? []), 'hesitation'] };
    }
    // A request said whole as the opening or closing clause of a longer sentence (clause-match.ts),
    // taken when it leaves fewer words aside than an unlisted-slot match leaves in its slot.
    // A phrase-slot sample fits the whole sentence, but its carrier may be a word ("I'm {query}"): a
    // clause beats it when the known request it matched says clearly more than that carrier does.
    const carrier = query ? lower.split(/\s+/).length - Object.values(query.slots).join(' ').split(/\s+/).length : 0;
    for (const clause of this.options.strict ? [] : clauses(lower)) {
      const inner = this.exactOrWrapped(clause.request);
      if (!inner?.intent) continue;
      const cost = clause.aside.split(' ').length;
      const clearer = !query || clause.request.split(/\s+/).length > carrier + CLAUSE_OVER_QUERY;
      if ((!best || cost < best.cost) && clearer) best = { match: { ...inner, aside: clause.aside }, cost };
      break;
    }
    return best?.match ?? this.misfit(lower) ?? addressedQuery ?? query ?? { slots: {}, unlisted: [] };
  }

  /** A sample as it stands, or inside the lead-ins and tails its intent has learnt (wrapped-match.ts). */
  private exactOrWrapped(lower: string): PhraseMatch | undefined {
    const exact = this.exact(lower);
    if (exact || this.options.strict) return exact;
    for (const reading of this.wrappers.unwrap(lower)) {
      const inner = this.exact(reading.inner);
      if (inner?.intent && this.wrappers.teaches(inner.intent, reading)) return { ...inner, wrappers: [...reading.leads, ...reading.tails] };
    }
    return undefined;
  }

  /** A sample that matches the phrase exactly (virtual-core: custom slots hold listed words). */
  private exact(lower: string): PhraseMatch | undefined {
    let utterance = new Utterance(this.candidates(lower), lower);
    if (!utterance.matched()) {
      const digits = numberWordsToDigits(lower);
      utterance = new Utterance(this.candidates(digits), digits);
    }
    if (!utterance.matched()) return undefined;
    const intent = utterance.intent();
    const types = this.slotTypes.get(intent) ?? new Map<string, string>();
    const slots: Record<string, string> = {};
    const raw = splitAdjacent(types, utterance.toJSON() as Record<string, string>);
    for (const [name, value] of Object.entries(raw)) {
      if (value) slots[name] = normaliseSlot(types.get(name) ?? '', value, this.options.clock);
    }
    // virtual-core lets a built-in slot take any words ("set a timer for {duration} please" takes
    // "the glaze please", "{duration} timer" takes "um timer"); Alexa does not, so such a match
    // gives way to one that fits properly, and is taken only when nothing else fits (misfit()).
    if (!Object.values(slots).includes('?')) return { intent, slots, unlisted: [] };
    const better = this.looseMatch(lower);
    return better?.intent && better.unlisted.length === 0 && !this.queryIntents.has(better.intent) ? better : undefined;
  }

  /**
   * The intent of a sample whose built-in slot took words it cannot hold ("set a timer for the glaze
   * please"): Alexa's guess, the slot unfilled. Only a sample with two carrier words says enough
   * about the intent for that; "{duration} timer" would take any sentence that ends in "timer".
   */
  private misfit(lower: string): PhraseMatch | undefined {
    for (const said of [lower, numberWordsToDigits(lower)]) {
      const utterance = new Utterance(this.candidates(said), said);
      if (!utterance.matched()) continue;
      const sample = (utterance.matchedSample as unknown as { phrase?: string } | undefined)?.phrase ?? '';
      const carrier = sample.replace(/\{[^}]*\}/g, ' ').split(/\s+/).filter((w) => w && !isFiller(w));
      if (carrier.length < 2) continue;
      const intent = utterance.intent();
      const types = this.slotTypes.get(intent) ?? new Map<string, string>();
      const slots: Record<string, string> = {};
      for (const [name, value] of Object.entries(utterance.toJSON() as Record<string, string>)) {
        if (value) slots[name] = normaliseSlot(types.get(name) ?? '', value, this.options.clock);
      }
      return { intent, slots, unlisted: [] };
    }
    return undefined;
  }

  /** A sample whose words fit with a custom slot holding unlisted words, as Alexa would take it. */
  private looseMatch(lower: string): PhraseMatch | undefined {
    const loose = this.loose.match(lower);
    if (!loose) return undefined;
    const slots: Record<string, string> = {};
    for (const [name, slot] of Object.entries(loose.slots)) slots[name] = normaliseSlot(slot.type, slot.value, this.options.clock);
    const unlisted = Object.entries(loose.slots).filter(([, slot]) => slot.unlisted).map(([name]) => name);
    return { intent: loose.intent, slots, unlisted };
  }

  /**
   * The model with only the samples that could match the phrase: those whose literal words all
   * occur in it. virtual-core tries every sample's regular expression in turn, which takes seconds
   * over a model of tens of thousands of samples; the samples kept are in the model's order, so
   * its choice among them is the one it would make over the whole model.
   */
  private candidates(phrase: string): IModel {
    const model = (this.alexa.context() as unknown as { interactionModel(): IModel }).interactionModel();
    const literals = cached(LITERALS, this.options.modelFile, () => new Map<string, string[]>());
    const wordsOf = (sample: unknown): string[] => {
      const text = (sample as { phrase: string }).phrase;
      let words = literals.get(text);
      if (!words) {
        const lower = text.toLowerCase();
        // A "." in a sample is a regular-expression wildcard to virtual-core: always try those.
        words = lower.includes('.') ? [] : lower.replace(/\{[^}]*\}/g, ' ').split(/\s+/).filter(Boolean);
        literals.set(text, words);
      }
      return words;
    };
    const cleaned = phrase.replace(/[!"¿?|#$%/()=+\-_<>*{}·¡[\].,;:]/g, '');
    // A phrase slot takes any words, so virtual-core would let it win over a better sample: the
    // loose matcher (tools/loose-match.ts) gives it its place, last.
    const samplesForIntent = (name: string) =>
      this.queryIntents.has(name) ? [] : model.sampleUtterances.samplesForIntent(name).filter((s) => wordsOf(s).every((w) => cleaned.includes(w)));
    return { ...model, intentSchema: model.intentSchema, slotTypes: model.slotTypes, sampleUtterances: { samplesForIntent } } as unknown as IModel;
  }

  /**
   * Says a phrase: "open crispy pork belly" launches; "ask crispy pork belly how much salt" is a
   * one-shot request in a new session; anything else goes through the model in the open session.
   */
  async say(phrase: string): Promise<Exchange> {
    const cleaned = phrase.trim().replace(/[?!.,]+$/, '');
    if (LAUNCH.test(cleaned)) return this.record(phrase, 'LaunchRequest', true, {}, this.alexa.launch());
    const oneShot = ONE_SHOT.exec(cleaned);
    const spoken = oneShot?.[1] ?? cleaned;
    const { intent, slots, unlisted, wrappers, aside } = this.match(spoken);
    if (oneShot) {
      // Alexa starts the skill afresh for a one-shot request: a new session, no LaunchRequest.
      const context = this.alexa.context();
      if (context.activeSession()) context.endSession();
    }
    const sent = intent ?? 'AMAZON.FallbackIntent';
    return this.record(phrase, sent, intent !== undefined, slots, this.send(sent, slots), unlisted, Boolean(oneShot), wrappers, aside);
  }

  /** Sends an intent directly, e.g. with a slot value a test wants to control. */
  async intent(name: string, slots: Record<string, string> = {}): Promise<Exchange> {
    return this.record(`(${name})`, name, true, slots, this.send(name, slots));
  }

  /**
   * An IntentRequest with its slots, each custom slot carrying entity resolution exactly as Alexa
   * sends it: ER_SUCCESS_MATCH with the listed value's name and id, or ER_SUCCESS_NO_MATCH with
   * no values when the words are not a listed value or synonym.
   */
  private send(intent: string, slots: Record<string, string>): Promise<unknown> {
    const request = this.alexa.request().intent(intent).slots(slots);
    const types = this.slotTypes.get(intent) ?? new Map<string, string>();
    for (const [name, value] of Object.entries(slots)) {
      const type = types.get(name) ?? '';
      const resolution = this.resolve(type, value);
      if (resolution) request.set(`request.intent.slots.${name}.resolutions`, { resolutionsPerAuthority: [resolution] });
    }
    return request.send();
  }

  private resolve(type: string, value: string): SlotResolution | undefined {
    const values = this.customTypes.get(type);
    if (!values) return undefined;
    const authority = `amzn1.er-authority.echo-sdk.${this.alexa.context().applicationID()}.${type}`;
    const said = value.toLowerCase().trim();
    const hits = values.filter((v) => v.words.includes(said));
    if (hits.length === 0) return { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
    return { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: hits.map((v) => ({ value: { name: v.value, id: v.id } })) };
  }

  /**
   * Sends Alexa's answer to a Connections.SendRequest. virtual-alexa sends it without a session,
   * but a real answer arrives inside the open session (with its attributes) or, when Alexa starts
   * afresh, in a new session without them; this adds the session the way Alexa would.
   */
  async connectionsResponse(answer: ConnectionsAnswer): Promise<Exchange> {
    const context = this.alexa.context();
    if (answer.newSession || !context.activeSession()) {
      if (context.activeSession()) context.endSession();
      context.newSession();
    }
    const session = context.session();
    const code = answer.statusCode ?? 200;
    const request = this.alexa
      .request()
      .connectionsResponse(answer.name, answer.payload, answer.token)
      // Alexa sends the status code as a string.
      .set('request.status', { code: String(code), message: code === 200 ? 'OK' : 'Error' })
      .set('session', {
        new: session.isNew(),
        sessionId: session.id(),
        application: { applicationId: context.applicationID() },
        user: { userId: context.user().id() },
        ...(session.isNew() ? {} : { attributes: session.attributes() }),
      });
    const status = typeof answer.payload.status === 'string' ? ` ${answer.payload.status}` : '';
    return this.record(`(Connections.Response ${answer.name}${status})`, 'Connections.Response', true, {}, request.send());
  }

  /**
   * A touch on the screen: an APL UserEvent carrying the screen's token and the button's
   * arguments. virtual-alexa sends UserEvents without a session; a real touch arrives inside the
   * open session with its attributes, so they are added here, and the reply's attributes are kept
   * for the next turn as after any other request.
   */
  async touch(token: string, args: readonly unknown[]): Promise<Exchange> {
    const context = this.alexa.context();
    if (!context.activeSession()) throw new Error('a touch needs an open session: the screen closes with it');
    const request = this.alexa.request().requestType(USER_EVENT);
    const system = (request.json() as { context: { System: { user: unknown } } }).context.System;
    request
      .set('request.token', token)
      .set('request.arguments', [...args])
      .set('request.source', { type: 'TouchWrapper', handler: 'Press' })
      .set('session', {
        application: { applicationId: context.applicationID() },
        new: false,
        sessionId: context.session().id(),
        user: system.user,
        attributes: context.session().attributes(),
      });
    return this.record(`(touch ${args.join(' ')})`, USER_EVENT, true, {}, request.send());
  }

  /** Alexa closes the session (the cook went quiet, or said exit). */
  async endSession(): Promise<void> {
    await this.alexa.endSession();
  }

  private async record(
    phrase: string,
    sent: string,
    matched: boolean,
    slots: Record<string, string>,
    reply: Promise<unknown>,
    unlisted: readonly string[] = [],
    oneShot = false,
    wrappers: readonly string[] = [],
    aside = '',
  ): Promise<Exchange> {
    const response = (await reply) as ResponseEnvelope;
    const speech = response.response?.outputSpeech;
    const reprompt = response.response?.reprompt?.outputSpeech;
    const ssml = speech && 'ssml' in speech ? speech.ssml : '';
    const repromptSsml = reprompt && 'ssml' in reprompt ? reprompt.ssml : '';
    return {
      phrase,
      sent,
      matched,
      slots,
      unlisted,
      wrappers,
      aside,
      oneShot,
      speech: ssmlToText(ssml),
      reprompt: ssmlToText(repromptSsml),
      ssml,
      repromptSsml,
      sessionEnded: response.response?.shouldEndSession !== false,
      response,
    };
  }
}
