import type { HandlerInput } from 'ask-sdk-core';
import { nextTurnOnly } from '../../turn/next-turn';

/** The timer actions that may need to ask "which one?". */
export type ManageAction = 'cancel' | 'pause' | 'resume';

/** Its session attribute. */
export const TIMER_QUESTION_KEY = 'timerQuestion';
const KEY = TIMER_QUESTION_KEY;
const ACTIONS: readonly string[] = ['cancel', 'pause', 'resume'];

/**
 * "Which one?" is a question for the very next turn only: this interceptor moves it out of the
 * session into the request, so an answer that comes later (after "next", say) never cancels a
 * timer by surprise. It lives in the session, not the saved state, because it means nothing in
 * another session.
 */
export const timerQuestionInterceptor = nextTurnOnly(KEY, (asked) => typeof asked === 'string' && ACTIONS.includes(asked));

/** The action whose "which one?" the cook is answering, if the last turn asked. */
export function askedWhich(h: HandlerInput): ManageAction | undefined {
  return h.attributesManager.getRequestAttributes()[KEY] as ManageAction | undefined;
}

/** Asks "which one?" for the next turn. */
export function askWhich(h: HandlerInput, action: ManageAction): void {
  h.attributesManager.getSessionAttributes()[KEY] = action;
}
