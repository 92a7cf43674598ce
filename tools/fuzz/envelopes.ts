/**
 * The fuzzer's request envelopes: every request type the skill handles (and some it never sees),
 * built well-formed from the real interaction model and recipe, then mutated. Each envelope is
 * plain JSON; `mutate` breaks it at any depth (a field dropped, nulled, given the wrong type,
 * swapped for a hostile value, or joined by fields Alexa never sends).
 */
import model from '../../interaction-models/en-US.json';
import { allIngredients, porkBelly, stepCount, timedSteps } from '../../lambda/recipe';
import { hostileDuration, hostileNumber, hostileString, hostileValue } from './hostile';
import type { Prng } from './prng';

/** A JSON object, as the fuzzer builds and breaks it. */
export type Json = Record<string, unknown>;

interface ModelSlot {
  readonly name: string;
  readonly type: string;
}
interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}
interface ModelValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

const language = model.interactionModel.languageModel as unknown as {
  intents: readonly ModelIntent[];
  types?: readonly { name: string; values: readonly ModelValue[] }[];
};

/** Every intent of the en-US model, with its slots. */
export const INTENTS: readonly ModelIntent[] = language.intents;
const TYPES = new Map((language.types ?? []).map((t) => [t.name, t.values]));

const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
const TOTAL = stepCount(porkBelly);

/** Where a fuzz envelope's Alexa API calls go: the local stand-in, or somewhere that fails at once. */
export interface ApiTarget {
  readonly endpoint: string;
  readonly token: string;
}

/** Who is speaking, and the session they speak in. */
export interface Speaker {
  readonly userId: string;
  readonly personId?: string;
  readonly sessionId: string;
  readonly newSession: boolean;
  /** The session attributes Alexa hands back (what the skill's last response set). */
  readonly attributes?: Json;
}

let requestCounter = 0;

function requestBase(p: Prng, type: string): Json {
  requestCounter += 1;
  return {
    type,
    requestId: `amzn1.echo-api.request.fuzz-${requestCounter}`,
    timestamp: new Date().toISOString(),
    locale: p.chance(0.9) ? p.pick(['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']) : p.pick(['de-DE', 'fr-FR', 'xx', '', 'en_US', 'EN-us']),
  };
}

/** `context.System` as a device sends it, with a screen or without, and consent granted or not. */
export function systemOf(p: Prng, speaker: Speaker, api: ApiTarget): Json {
  const scopes: Json = {};
  if (p.chance(0.6)) scopes[TIMERS_SCOPE] = { status: p.chance(0.85) ? 'GRANTED' : 'DENIED' };
  if (p.chance(0.4)) scopes[REMINDERS_SCOPE] = { status: 'GRANTED' };
  const apl = p.chance(0.4) ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: p.pick(['2023.3', '1.0', '9999']) } } } : {};
  return {
    application: { applicationId: 'amzn1.ask.skill.fuzz' },
    user: { userId: speaker.userId, permissions: { consentToken: 'fuzz-consent', scopes } },
    ...(speaker.personId ? { person: { personId: speaker.personId } } : {}),
    device: { deviceId: 'amzn1.ask.device.fuzz', supportedInterfaces: apl },
    apiEndpoint: api.endpoint,
    apiAccessToken: api.token,
  };
}

function viewport(p: Prng): Json {
  const shape = p.pick(['RECTANGLE', 'ROUND', 'SQUARE']);
  return { shape, pixelWidth: p.pick([480, 960, 1280, 1920, 0, -5]), pixelHeight: p.pick([480, 600, 800, 1080]), dpi: p.pick([160, 213, 320]), mode: 'HUB' };
}

/** An envelope around a request, for a speaker in their session. */
export function envelope(p: Prng, speaker: Speaker, api: ApiTarget, request: Json): Json {
  const system = systemOf(p, speaker, api);
  const application = system.application;
  const user = system.user;
  const hasScreen = Object.keys((system.device as { supportedInterfaces: Json }).supportedInterfaces).length > 0;
  return {
    version: '1.0',
    session: {
      new: speaker.newSession,
      sessionId: speaker.sessionId,
      application,
      user,
      attributes: speaker.attributes ?? {},
    },
    context: { System: system, ...(hasScreen ? { Viewport: viewport(p) } : {}) },
    request,
  };
}

/** A slot value the model knows, with the resolution Alexa would attach (or a broken one). */
function slotOf(p: Prng, slot: ModelSlot): Json {
  const values = TYPES.get(slot.type);
  let value: string;
  let resolutions: Json | undefined;
  if (values && p.chance(0.6)) {
    const chosen = p.pick(values);
    value = p.chance(0.5) ? chosen.name.value : p.pick([chosen.name.value, ...(chosen.name.synonyms ?? [])]);
    const status = p.pick(['ER_SUCCESS_MATCH', 'ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT', 'ER_ERROR_EXCEPTION', 'BOGUS']);
    const matched = status === 'ER_SUCCESS_MATCH';
    resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.amzn1.ask.skill.fuzz.${slot.type}`,
          status: { code: status },
          ...(matched
            ? { values: [{ value: { name: chosen.name.value, id: p.chance(0.9) ? (chosen.id ?? chosen.name.value) : hostileString(p) } }] }
            : p.chance(0.5)
              ? { values: [] }
              : {}),
        },
        ...(p.chance(0.2) ? [{ authority: 'amzn1.er-authority.echo-sdk.dynamic', status: { code: 'ER_SUCCESS_NO_MATCH' } }] : []),
      ],
    };
  } else if (slot.type === 'AMAZON.NUMBER') {
    value = p.chance(0.6) ? String(p.between(-2, TOTAL + 3)) : hostileNumber(p);
  } else if (slot.type === 'AMAZON.DURATION') {
    value = p.chance(0.5) ? `PT${p.between(1, 180)}M` : hostileDuration(p);
  } else {
    value = hostileString(p);
    if (p.chance(0.5)) {
      resolutions = { resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.x.${slot.type}`, status: { code: 'ER_SUCCESS_NO_MATCH' } }] };
    }
  }
  return {
    name: slot.name,
    ...(p.chance(0.9) ? { value } : {}),
    confirmationStatus: 'NONE',
    source: 'USER',
    ...(resolutions ? { resolutions } : {}),
    ...(p.chance(0.1) ? { slotValue: { type: 'Simple', value, ...(resolutions ? { resolutions } : {}) } } : {}),
  };
}

/** An IntentRequest for an intent of the model (or, now and then, one it does not have). */
export function intentRequest(p: Prng): Json {
  const intent: ModelIntent = p.chance(0.95)
    ? p.pick(INTENTS)
    : { name: p.pick(['AMAZON.ScrollDownIntent', 'UnknownIntent', '', 'amazon.nextintent', hostileString(p)]), slots: [] };
  const slots: Json = {};
  for (const slot of intent.slots ?? []) {
    if (p.chance(0.8)) slots[slot.name] = slotOf(p, slot);
  }
  if (p.chance(0.05)) slots[hostileString(p)] = { name: 'extra', value: hostileString(p) };
  return {
    ...requestBase(p, 'IntentRequest'),
    dialogState: p.pick(['COMPLETED', 'STARTED', 'IN_PROGRESS']),
    intent: { name: intent.name, confirmationStatus: p.pick(['NONE', 'CONFIRMED', 'DENIED']), slots },
  };
}

function pendingToken(p: Prng): string {
  const steps = timedSteps(porkBelly);
  const want = p.chance(0.5) ? { stepId: p.chance(0.9) ? p.pick(steps).step.id : hostileString(p) } : { seconds: p.pick([60, 600, 7200, 7201, 0, -5, 1e9, 0.5]) };
  const scope = p.pick([TIMERS_SCOPE, REMINDERS_SCOPE, 'alexa::other']);
  switch (p.int(5)) {
    case 0:
      return hostileString(p);
    case 1:
      return `crispy-alert:${hostileString(p)}`;
    default:
      return `crispy-alert:${JSON.stringify({ want, scope })}`;
  }
}

/** Alexa's answer to a voice permission request. */
export function connectionsResponse(p: Prng): Json {
  return {
    ...requestBase(p, 'Connections.Response'),
    name: p.chance(0.85) ? 'AskFor' : p.pick(['Buy', 'Upsell', hostileString(p)]),
    status: { code: p.chance(0.8) ? '200' : p.pick(['204', '400', '500', 200]), message: 'OK' },
    token: pendingToken(p),
    payload: p.chance(0.9)
      ? { status: p.pick(['ACCEPTED', 'DENIED', 'NOT_ANSWERED', 'MAYBE']), isCardThrown: p.chance(0.5), permissionScope: TIMERS_SCOPE }
      : hostileValue(p),
  };
}

/** A touch on one of the skill's screens. */
export function aplUserEvent(p: Prng): Json {
  const action = p.pick(['next', 'back', 'repeat', 'current', 'start', 'startOver', 'ingredients', 'ingredient', 'unknownAction', hostileString(p)]);
  const argument = p.chance(0.7) ? p.pick(allIngredients(porkBelly)).id : hostileString(p);
  const step = p.chance(0.8) ? String(p.between(0, TOTAL)) : p.pick(['-', '999', '-1']);
  return {
    ...requestBase(p, 'Alexa.Presentation.APL.UserEvent'),
    token: p.chance(0.8) ? `${p.pick(['step', 'ingredients', 'answer', 'other'])}:${step}${p.chance(0.3) ? ':glaze' : ''}` : hostileString(p),
    arguments: p.chance(0.9) ? [action, argument] : hostileValue(p),
    source: { type: 'TouchWrapper', handler: 'Press', id: 'button' },
  };
}

const SKILL_EVENTS = [
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillAccountLinked',
  'AlexaSkillEvent.ProactiveSubscriptionChanged',
  'Reminders.ReminderCreated',
  'Reminders.ReminderStatusChanged',
  'Messaging.MessageReceived',
];

/** A skill event: outside any session, never spoken. */
export function skillEvent(p: Prng): Json {
  const now = new Date().toISOString();
  return {
    ...requestBase(p, p.pick(SKILL_EVENTS)),
    eventCreationTime: now,
    eventPublishingTime: now,
    body: p.chance(0.8) ? { userInformationPersistenceStatus: p.pick(['PERSISTED', 'NOT_PERSISTED']), acceptedPermissions: [{ scope: TIMERS_SCOPE }] } : hostileValue(p),
  };
}

/** Request types the skill does not handle, Amazon's and made-up ones. */
export function otherRequest(p: Prng): Json {
  const type = p.pick([
    'Alexa.Presentation.APL.RuntimeError',
    'System.ExceptionEncountered',
    'CanFulfillIntentRequest',
    'Dialog.InputRequest',
    'Alexa.Presentation.APLT.UserEvent',
    'PlaybackController.PlayCommandIssued',
    'AudioPlayer.PlaybackStarted',
    'Display.ElementSelected',
    'GameEngine.InputHandlerEvent',
    'Alexa.Presentation.HTML.Message',
    'UnknownRequest',
    '',
  ]);
  return { ...requestBase(p, type), error: { type: 'INVALID_RESPONSE', message: hostileString(p) }, cause: { requestId: 'x' } };
}

/** The request Alexa sends when a session closes. */
export function sessionEnded(p: Prng): Json {
  const reason = p.pick(['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', 'BOGUS']);
  return {
    ...requestBase(p, 'SessionEndedRequest'),
    reason,
    ...(reason === 'ERROR' ? { error: { type: p.pick(['INVALID_RESPONSE', 'INTERNAL_SERVICE_ERROR']), message: hostileString(p).slice(0, 300) } } : {}),
  };
}

export function launchRequest(p: Prng): Json {
  return requestBase(p, 'LaunchRequest');
}

/** The kinds of request the fuzzer sends, and how often (intents most, as on a real device). */
export const REQUEST_KINDS = [
  ['LaunchRequest', 12, launchRequest],
  ['IntentRequest', 60, intentRequest],
  ['SessionEndedRequest', 6, sessionEnded],
  ['Connections.Response', 6, connectionsResponse],
  ['Alexa.Presentation.APL.UserEvent', 7, aplUserEvent],
  ['skill event', 4, skillEvent],
  ['other type', 5, otherRequest],
] as const;

/** One well-formed request of a kind drawn by weight, named by its kind. */
export function anyRequest(p: Prng): { kind: string; request: Json } {
  const total = REQUEST_KINDS.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = p.int(total);
  for (const [kind, weight, make] of REQUEST_KINDS) {
    if (draw < weight) return { kind, request: make(p) };
    draw -= weight;
  }
  throw new Error('unreachable');
}

/** Every path to an object or array inside `value` (the root included), for mutate to choose from. */
function containers(value: unknown, path: readonly (string | number)[] = [], found: (readonly (string | number)[])[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return found;
  found.push(path);
  // Plain loops: a mutation may already have given an array a "constructor" key, which breaks Array methods.
  for (const key of Object.keys(value)) containers((value as Record<string, unknown>)[key], [...path, key], found);
  return found;
}

function at(root: unknown, path: readonly (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

/**
 * Breaks an envelope in place, `times` times: at a random object or array anywhere in it, one key
 * is deleted, set to null, given a value of another type or a hostile string, or a key is added.
 * Returns what it did, for the report of a failure.
 */
export function mutate(p: Prng, root: Json, times: number): string[] {
  const done: string[] = [];
  for (let i = 0; i < times; i++) {
    const paths = containers(root);
    const path = p.pick(paths);
    const node = at(root, path);
    const keys = Object.keys(node);
    const where = path.join('.') || '(root)';
    const op = keys.length === 0 ? 4 : p.int(6);
    const key = keys.length ? p.pick(keys) : '';
    switch (op) {
      case 0:
        delete node[key];
        done.push(`deleted ${where}.${key}`);
        break;
      case 1:
        node[key] = null;
        done.push(`nulled ${where}.${key}`);
        break;
      case 2:
      case 3:
        node[key] = hostileValue(p);
        done.push(`replaced ${where}.${key}`);
        break;
      case 4: {
        const extra = p.pick(['__proto__', 'constructor', 'toString', 'extra', hostileString(p).slice(0, 20)]);
        // defineProperty, so "__proto__" becomes an own key, as JSON.parse would make it.
        Object.defineProperty(node, extra, { value: hostileValue(p), enumerable: true, writable: true, configurable: true });
        done.push(`added ${where}.${extra}`);
        break;
      }
      default:
        node[key] = p.chance(0.5) ? [] : {};
        done.push(`emptied ${where}.${key}`);
    }
  }
  return done;
}
