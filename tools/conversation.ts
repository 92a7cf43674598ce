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
import { normaliseSlot, numberWordsToDigits } from './spoken-values';

export type SkillHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface ConversationOptions {
  readonly handler: SkillHandler;
  /** The interaction model file to match phrases against. */
  readonly modelFile: string;
  readonly locale?: string;
  readonly userId?: string;
  /** Changes each request before it is sent (e.g. an API endpoint or permissions). */
  readonly decorate?: (request: Record<string, unknown>) => void;
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
  readonly speech: string;
  readonly reprompt: string;
  readonly ssml: string;
  readonly repromptSsml: string;
  readonly sessionEnded: boolean;
  readonly response: ResponseEnvelope;
}

const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

const LAUNCH = new RegExp(`^(?:alexa,?\\s+)?(?:open|launch|start|ask|talk to)\\s+${INVOCATION_NAME}$`, 'i');

interface ModelJson {
  interactionModel: { languageModel: { intents: { name: string; slots?: { name: string; type: string }[] }[] } };
}

export class Conversation {
  private readonly alexa: VirtualAlexa;
  private readonly slotTypes = new Map<string, Map<string, string>>();

  constructor(private readonly options: ConversationOptions) {
    const handler = (event: RequestEnvelope) => options.handler(event);
    this.alexa = VirtualAlexa.Builder()
      .handler(handler)
      .interactionModelFile(options.modelFile)
      .locale(options.locale ?? 'en-US')
      .create();
    if (options.userId) this.alexa.context().user().setID(options.userId);
    if (options.decorate) this.alexa.filter(options.decorate);
    const model = JSON.parse(readFileSync(options.modelFile, 'utf8')) as ModelJson;
    for (const intent of model.interactionModel.languageModel.intents) {
      this.slotTypes.set(intent.name, new Map((intent.slots ?? []).map((s) => [s.name, s.type])));
    }
  }

  /** Which intent and slots a phrase matches, without sending anything. */
  match(phrase: string): { intent?: string; slots: Record<string, string> } {
    // SkillContext has interactionModel() at run time; its typings leave it out.
    const model = (this.alexa.context() as unknown as { interactionModel(): IModel }).interactionModel();
    let utterance = new Utterance(model, phrase.toLowerCase());
    if (!utterance.matched()) utterance = new Utterance(model, numberWordsToDigits(phrase.toLowerCase()));
    if (!utterance.matched()) return { slots: {} };
    const intent = utterance.intent();
    const types = this.slotTypes.get(intent) ?? new Map<string, string>();
    const slots: Record<string, string> = {};
    for (const [name, value] of Object.entries(utterance.toJSON() as Record<string, string>)) {
      if (value) slots[name] = normaliseSlot(types.get(name) ?? '', value);
    }
    return { intent, slots };
  }

  /** Says a phrase: "open crispy pork belly" launches; anything else goes through the model. */
  async say(phrase: string): Promise<Exchange> {
    const cleaned = phrase.trim().replace(/[?!.]+$/, '');
    if (LAUNCH.test(cleaned)) return this.record(phrase, 'LaunchRequest', true, {}, this.alexa.launch());
    const { intent, slots } = this.match(cleaned);
    const sent = intent ?? 'AMAZON.FallbackIntent';
    return this.record(phrase, sent, intent !== undefined, slots, this.alexa.request().intent(sent).slots(slots).send());
  }

  /** Sends an intent directly, e.g. with a slot value a test wants to control. */
  async intent(name: string, slots: Record<string, string> = {}): Promise<Exchange> {
    return this.record(`(${name})`, name, true, slots, this.alexa.request().intent(name).slots(slots).send());
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
      speech: ssmlToText(ssml),
      reprompt: ssmlToText(repromptSsml),
      ssml,
      repromptSsml,
      sessionEnded: response.response?.shouldEndSession !== false,
      response,
    };
  }
}
