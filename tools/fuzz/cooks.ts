/**
 * Cooks who use the skill properly while the fuzzer attacks it, all against the one store: some on
 * their own accounts, some sharing an account as different recognised speakers. Each follows the
 * recipe in sessions of a few turns (navigation only, so where they should be is known from the
 * recipe's step count alone), and every answer is checked against their own place: a cook who ever
 * hears another cook's step, or loses their own, is a leak.
 */
import { porkBelly, stepCount } from '../../lambda/recipe';
import { envelope, type ApiTarget, type Json } from './envelopes';
import type { Prng } from './prng';

const TOTAL = stepCount(porkBelly);

/** A closed loopback port: cooks' turns never call Alexa's APIs. */
const NO_API: ApiTarget = { endpoint: 'http://127.0.0.1:1', token: 'cook-token' };

interface CookTurn {
  readonly say: string;
  readonly event: Json;
  /** The cook's step (0-based) after the turn, or null before they start; undefined: not checked. */
  readonly expect: number | null | undefined;
  readonly endsSession: boolean;
}

/** One cook, with what they have been told so far. */
export class Cook {
  /** 0-based step the skill has them on, null before they start. */
  step: number | null = null;
  private session: { id: string; attributes: Json } | undefined;
  private sessions = 0;

  constructor(
    readonly name: string,
    readonly userId: string,
    readonly personId?: string,
  ) {}

  private request(type: string, extra: Json = {}): Json {
    return { type, requestId: `amzn1.echo-api.request.${this.name}-${Date.now()}`, timestamp: new Date().toISOString(), locale: 'en-US', ...extra };
  }

  private intent(name: string, slots: Json = {}): Json {
    return this.request('IntentRequest', { dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots } });
  }

  /** The cook's next turn: a new session when none is open, otherwise one move through the recipe. */
  nextTurn(p: Prng): CookTurn {
    const opening = !this.session;
    if (!this.session) {
      this.sessions += 1;
      this.session = { id: `amzn1.echo-api.session.${this.name}-${this.sessions}`, attributes: {} };
    }
    const speaker = { userId: this.userId, personId: this.personId, sessionId: this.session.id, newSession: opening, attributes: this.session.attributes };
    const wrap = (say: string, request: Json, expect: number | null | undefined, endsSession = false): CookTurn => ({
      say,
      event: envelope(p, speaker, NO_API, request),
      expect,
      endsSession,
    });
    const s = this.step;
    if (opening && p.chance(0.6)) return wrap('(opens the skill)', this.request('LaunchRequest'), s);
    const roll = p.int(100);
    if (roll < 25) {
      // Distinct steps for distinct cooks make a leak audible; never the last step (that finishes).
      const k = p.between(1, TOTAL - 1);
      return wrap(`go to step ${k}`, this.intent('GoToStepIntent', { stepNumber: { name: 'stepNumber', value: String(k), confirmationStatus: 'NONE' } }), k - 1);
    }
    if (roll < 40 && s !== null && s + 2 < TOTAL) return wrap('next', this.intent(p.pick(['AMAZON.NextIntent', 'NextStepIntent'])), s + 1);
    if (roll < 50 && s !== null) return wrap('go back', this.intent('PreviousStepIntent'), Math.max(0, s - 1));
    if (roll < 60) return wrap('repeat', this.intent('RepeatStepIntent'), s);
    if (roll < 80) return wrap('where am I', this.intent('WhereAmIIntent'), s);
    if (roll < 85) return wrap('start over', this.intent('AMAZON.StartOverIntent'), 0);
    if (roll < 92) return wrap('stop', this.intent('AMAZON.StopIntent'), s, true);
    return wrap('(session times out)', this.request('SessionEndedRequest', { reason: 'EXCEEDED_MAX_REPROMPTS' }), undefined, true);
  }

  /**
   * Checks what the cook heard against where they should be, then takes the answer's session on
   * (or closes it). Returns what was wrong, or nothing.
   */
  hear(turn: CookTurn, speech: string, sessionAttributes: Json | undefined, ended: boolean): string[] {
    const problems: string[] = [];
    if (turn.expect !== undefined) {
      const mentioned = [...speech.matchAll(/\bstep (\d+)\b/gi)].map((m) => Number(m[1]));
      const placed = /\bstep (\d+) of (\d+)\b/i.exec(speech);
      if (turn.expect === null) {
        // Before starting, the only step a cook hears of is the first, offered ("start with step 1").
        if (placed || mentioned.some((n) => n !== 1)) problems.push(`${this.name} has not started, but heard: ${speech}`);
      } else {
        const own = turn.expect + 1;
        if (mentioned.some((n) => n !== own)) problems.push(`${this.name} is on step ${own}, but heard: ${speech}`);
        const needsStep = turn.say !== 'stop' && !turn.say.startsWith('(');
        if (needsStep && (!placed || Number(placed[1]) !== own || Number(placed[2]) !== TOTAL)) {
          problems.push(`${this.name} said "${turn.say}" on step ${own} and heard: ${speech}`);
        }
      }
      this.step = turn.expect;
    }
    if (turn.endsSession || ended) this.session = undefined;
    else if (this.session) this.session.attributes = sessionAttributes ?? {};
    return problems;
  }
}

/** The cooks of a run: three alone on their accounts, three sharing one as recognised speakers. */
export function cooks(): Cook[] {
  return [
    new Cook('Ana', 'amzn1.ask.account.cook-ana'),
    new Cook('Ben', 'amzn1.ask.account.cook-ben'),
    new Cook('Cleo', 'amzn1.ask.account.cook-cleo', 'amzn1.ask.person.cook-cleo'),
    new Cook('Dev', 'amzn1.ask.account.cook-household'),
    new Cook('Eli', 'amzn1.ask.account.cook-household', 'amzn1.ask.person.cook-eli'),
    new Cook('Fay', 'amzn1.ask.account.cook-household', 'amzn1.ask.person.cook-fay'),
  ];
}
