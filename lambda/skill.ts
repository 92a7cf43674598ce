import type { RequestHandler } from 'ask-sdk-core';
import { customSkill } from './sdk';
import type { Recipe } from './recipe';
import type { Log } from './services/logger';
import { timingOf, type Timing } from './services/budget';
import type { CookStore } from './services/stores/types';
import { guardPlace } from './handlers/place-unknown';
import { builtInHandlers } from './handlers/built-ins';
import { forSdk } from './handlers/respond';
import { errorHandler } from './handlers/errors';
import { navigationHandlers } from './handlers/navigation';
import { PLAN_OFFER_KEY, planHandlers, planOfferInterceptor } from './handlers/plan';
import { taskLaunchHandler } from './handlers/timers/task-launch';
import { timerHandlers, timerQuestionInterceptor } from './handlers/timers';
import { TIMER_QUESTION_KEY } from './handlers/timers/question';
import { sdkAlertService, type AlertService } from './services/alerts';
import { touchHandlers } from './handlers/touch';
import { screenInterceptor } from './screens';
import { skillEventHandlers } from './handlers/skill-events';
import { answerHandlers, questionHandlers, requestAskedInterceptor, saidAgainInterceptor } from './handlers/questions';
import { expirePendingWeight, PENDING_WEIGHT_KEY } from './state/pending-weight';
import { TOPIC_KEY, topicOf } from './state/last-topic';
import { TALK_KEY } from './state/talk';
import { conversationHandlers, talkInterceptor } from './handlers/conversation';
import { SESSION_FACT_KEYS, stateRequestInterceptor, stateResponseInterceptor } from './turn/interceptors';
import { sessionShapeInterceptor } from './turn/session';

/** Every session attribute the skill writes, each named by the module that owns it. */
const SESSION_KEYS = [...SESSION_FACT_KEYS, TOPIC_KEY, PENDING_WEIGHT_KEY, TIMER_QUESTION_KEY, PLAN_OFFER_KEY, TALK_KEY];

/** Everything the skill needs from outside; tests pass real local stand-ins. */
export interface SkillDeps {
  /** The recipe the skill walks through. */
  readonly recipe: Recipe;
  /** Where the cook's place is kept across sessions; without one it lives in the session only. */
  readonly persistence?: CookStore;
  readonly log: Log;
  /** When set, requests for any other skill id are refused. */
  readonly skillId?: string;
  /** Alexa's Timers and Reminders APIs; by default the SDK's service clients over HTTP. */
  readonly alerts?: AlertService;
  /** The clock; tests pass a fixed one so times are deterministic. */
  readonly now?: () => Date;
  /** The turn's deadlines; the deployed ones (`DEFAULT_TIMING`) for whatever is not given. */
  readonly timing?: Partial<Timing>;
}

/** The one place handlers, interceptors and services meet. */
export function createSkill(skillDeps: SkillDeps) {
  const deps = { ...skillDeps, timing: timingOf(skillDeps.timing) };
  const timers = { alerts: deps.alerts ?? sdkAlertService(), now: deps.now ?? (() => new Date()) };
  // Each turn handler is handed its turn by forSdk; skill events come without a cook, so without one.
  const answering = [...navigationHandlers, ...questionHandlers, ...timerHandlers(timers), ...touchHandlers, ...builtInHandlers];
  const handlers: RequestHandler[] = [
    // Every turn handler is guarded: while the saved place can't be read, nothing may move the cook.
    ...[
      taskLaunchHandler(deps.recipe),
      ...answerHandlers,
      ...planHandlers(timers),
      ...conversationHandlers(timers, () => answering),
      ...answering,
    ]
      .map(guardPlace)
      .map(forSdk),
    ...skillEventHandlers(deps),
  ];
  return customSkill({
    requestHandlers: handlers,
    requestInterceptors: [
      sessionShapeInterceptor(SESSION_KEYS, { [TOPIC_KEY]: topicOf }),
      stateRequestInterceptor(deps),
      // A request said again after the skill took it wrong ("no I said next not repeat") is the request.
      saidAgainInterceptor,
      // A request asked as a question ("can start from beginning again or not") is the request, for every handler.
      requestAskedInterceptor,
      talkInterceptor,
      timerQuestionInterceptor,
      planOfferInterceptor,
    ],
    responseInterceptors: [expirePendingWeight, stateResponseInterceptor(deps), screenInterceptor(deps)],
    errorHandlers: [errorHandler(deps.log)],
    customUserAgent: 'crispy-pork-belly',
    persistenceAdapter: deps.persistence,
    skillId: deps.skillId,
  });
}
