import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CookStore } from '../../lambda/services/stores/types';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildModel } from '../../interaction-models/source';
import { porkBelly, type Recipe } from '../../lambda/recipe';
import { ssmlToText } from '../../lambda/speech';
import { createSkill } from '../../lambda/skill';
import type { AlertService } from '../../lambda/services/alerts';
import type { Timing } from '../../lambda/services/budget';
import { Conversation, type ConnectionsAnswer, type Exchange } from '../../tools/conversation';
import { leftOnScreen } from '../../tools/fuzz/properties';
import { MemoryLog } from './log';
import { expectValidSsml } from './ssml';

export const MODEL_FILE = join(__dirname, '..', '..', 'interaction-models', 'en-US.json');

/**
 * The locale's own generated model for the pork belly; for another recipe (its phases become the
 * slot values), a model written to a temp folder.
 */
export function modelFileFor(recipe: Recipe, locale = 'en-US'): string {
  if (recipe === porkBelly) return join(__dirname, '..', '..', 'interaction-models', `${locale}.json`);
  const dir = mkdtempSync(join(tmpdir(), 'model-'));
  const file = join(dir, 'en-US.json');
  writeFileSync(file, JSON.stringify(buildModel(recipe)));
  return file;
}

export interface TestSkillOptions {
  readonly recipe?: Recipe;
  readonly persistence?: CookStore;
  readonly userId?: string;
  readonly locale?: string;
  readonly decorate?: (request: Record<string, unknown>) => void;
  /** The Timers and Reminders APIs (the SDK's clients, pointed at a local stand-in by `decorate`). */
  readonly alerts?: AlertService;
  /** The skill's clock. */
  readonly now?: () => Date;
  /** The turn's deadlines, where a test shortens them; the deployed ones otherwise. */
  readonly timing?: Partial<Timing>;
  /** The device's time zone, which Alexa resolves spoken dates in (the alerts stand-in's by default). */
  readonly timeZone?: string;
  /** Only the matching a device is sure to do (ConversationOptions.strict): slots carry whole tails as spoken. */
  readonly strict?: boolean;
}

/** A script run twice: by the default driver, and with only the matching a device is sure to do (`strict`). */
export const DRIVERS: readonly [string, TestSkillOptions][] = [
  ['the default driver', {}],
  ['a device’s sure matching', { strict: true }],
];

/**
 * Checks every response the way Alexa would receive it: valid SSML under the length limit, and a
 * reprompt whenever the session stays open.
 */
export async function expectWellFormed(exchange: Exchange, request?: RequestEnvelope): Promise<void> {
  if (exchange.sent === 'SessionEndedRequest') return;
  if (!exchange.ssml) throw new Error(`"${exchange.phrase}" got no speech`);
  await expectValidSsml(exchange.ssml);
  if (!exchange.sessionEnded) {
    if (!exchange.repromptSsml) throw new Error(`"${exchange.phrase}" left the session open without a reprompt`);
    await expectValidSsml(exchange.repromptSsml);
  }
  // A session left to the device must be on a screen showing the skill (tools/fuzz/properties.ts).
  const response = exchange.response.response;
  const handsOver = response.directives?.some((d) => /^(?:Connections|Dialog)\./.test(d.type)) ?? false;
  const onScreen = request !== undefined && leftOnScreen(request as never, response as never);
  if (request && response.shouldEndSession === undefined && response.outputSpeech && !handsOver && !exchange.repromptSsml && !onScreen) {
    throw new Error(`"${exchange.phrase}" left the session to a device that shows nothing`);
  }
}

/** The real skill behind the real interaction model, with every response checked. */
export class TestCook {
  readonly log = new MemoryLog();
  readonly conversation: Conversation;
  readonly requests: RequestEnvelope[] = [];
  readonly exchanges: Exchange[] = [];

  readonly responses: ResponseEnvelope[] = [];
  /** How long the skill took to answer each request (the time Lambda bills and times out on). */
  readonly invokeMs: number[] = [];
  private readonly skill: ReturnType<typeof createSkill>;

  constructor(options: TestSkillOptions = {}) {
    const recipe = options.recipe ?? porkBelly;
    const skill = createSkill({ recipe, persistence: options.persistence, log: this.log, alerts: options.alerts, now: options.now, timing: options.timing });
    this.skill = skill;
    const handler = async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
      this.requests.push(event);
      const start = performance.now();
      const response = await skill.invoke(event);
      this.invokeMs.push(performance.now() - start);
      this.responses.push(response);
      return response;
    };
    this.conversation = new Conversation({
      handler,
      modelFile: modelFileFor(recipe, options.locale),
      userId: options.userId,
      locale: options.locale,
      decorate: options.decorate,
      strict: options.strict,
      clock: options.now ? { now: options.now, timeZone: options.timeZone ?? 'America/New_York' } : undefined,
    });
  }

  async say(phrase: string): Promise<Exchange> {
    const exchange = await this.conversation.say(phrase);
    await expectWellFormed(exchange, this.requests[this.requests.length - 1]);
    this.exchanges.push(exchange);
    return exchange;
  }

  async intent(name: string, slots: Record<string, string> = {}): Promise<Exchange> {
    const exchange = await this.conversation.intent(name, slots);
    await expectWellFormed(exchange, this.requests[this.requests.length - 1]);
    this.exchanges.push(exchange);
    return exchange;
  }

  /** Sends Alexa's answer to a Connections.SendRequest (e.g. the cook's yes or no to a permission). */
  async connectionsResponse(answer: ConnectionsAnswer): Promise<Exchange> {
    const exchange = await this.conversation.connectionsResponse(answer);
    await expectWellFormed(exchange, this.requests[this.requests.length - 1]);
    this.exchanges.push(exchange);
    return exchange;
  }

  /** A touch on the screen (an APL UserEvent) inside the open session; see `Conversation.touch`. */
  async touch(token: string, args: readonly unknown[]): Promise<Exchange> {
    const exchange = await this.conversation.touch(token, args);
    await expectWellFormed(exchange, this.requests[this.requests.length - 1]);
    this.exchanges.push(exchange);
    return exchange;
  }

  /**
   * Sends an intent the interaction model does not have (virtual-alexa refuses those) inside the
   * open session, straight to the skill, as a newer model or a misrouted request would.
   */
  async rawIntent(name: string): Promise<Exchange> {
    const previous = this.requests[this.requests.length - 1];
    const lastResponse = this.responses[this.responses.length - 1];
    if (!previous || !previous.session) throw new Error('rawIntent needs an open session');
    const event = JSON.parse(JSON.stringify(previous)) as RequestEnvelope;
    event.session!.new = false;
    event.session!.attributes = lastResponse?.sessionAttributes ?? {};
    event.request = {
      type: 'IntentRequest',
      requestId: `raw-${Date.now()}`,
      timestamp: new Date().toISOString(),
      locale: previous.request.locale,
      dialogState: 'COMPLETED',
      intent: { name, confirmationStatus: 'NONE', slots: {} },
    };
    const response = await this.skill.invoke(event);
    const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    const repromptSsml = (response.response.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    const exchange: Exchange = {
      phrase: `(${name})`,
      sent: name,
      matched: false,
      slots: {},
      unlisted: [],
      wrappers: [],
      aside: '',
      oneShot: false,
      speech: ssmlToText(ssml),
      reprompt: ssmlToText(repromptSsml),
      ssml,
      repromptSsml,
      sessionEnded: response.response.shouldEndSession !== false,
      response,
    };
    await expectWellFormed(exchange);
    return exchange;
  }

  /**
   * Runs a script, one line each:
   * - `U: phrase`: what the cook says;
   * - `A: answer`: the WHOLE of what Alexa said to the last `U:` (several `A:` lines in a row are one
   *   answer, joined by spaces), exactly;
   * - `A~: words`: words that must appear in the answer, for answers a test only samples (a long
   *   list, a clock time); it must follow a `#` line saying why the whole answer isn't checked;
   * - `I: IntentName`: the intent the phrase matched;
   * - `# ...`: a comment.
   */
  async script(text: string): Promise<Exchange[]> {
    const out: Exchange[] = [];
    let last: Exchange | undefined;
    let whole: string[] = [];
    let reason = false;
    const checkWhole = () => {
      if (!last || !whole.length) return;
      const expected = whole.join(' ');
      if (last.speech !== expected) {
        throw new Error(`after "${last.phrase}" expected Alexa to say exactly\n  "${expected}"\nbut she said\n  "${last.speech}"`);
      }
      whole = [];
    };
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('#')) {
        reason = true;
        continue;
      }
      const [tag, ...rest] = line.split(':');
      const body = rest.join(':').trim();
      if (tag === 'U') {
        checkWhole();
        last = await this.say(body);
        out.push(last);
      } else if (tag === 'A') {
        if (!last) throw new Error('script: A before any U');
        whole.push(body);
      } else if (tag === 'A~') {
        if (!last) throw new Error('script: A~ before any U');
        if (!reason) throw new Error(`script: "A~: ${body}" needs a # line before it saying why the whole answer isn't checked`);
        if (!last.speech.includes(body)) {
          throw new Error(`after "${last.phrase}" expected Alexa's answer to contain\n  "${body}"\nbut she said\n  "${last.speech}"`);
        }
      } else if (tag === 'I') {
        if (!last) throw new Error('script: I before any U');
        if (last.sent !== body) throw new Error(`"${last.phrase}" matched ${last.sent}, expected ${body}`);
      } else {
        throw new Error(`script: unknown line "${line}"`);
      }
      if (tag !== 'A~') reason = false;
    }
    checkWhole();
    return out;
  }
}
