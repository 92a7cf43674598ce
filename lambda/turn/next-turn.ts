import type { RequestInterceptor } from 'ask-sdk-core';

/**
 * A question asked for the very next turn only ("which one?", "want reminders?"). The interceptor
 * moves it out of the session into this request's attributes, so it is there for the turn that
 * answers it and gone after: an answer that comes later (after "next", say) never acts by surprise.
 * It lives in the session, not the saved state, because it means nothing in another session.
 */
export function nextTurnOnly(key: string, accept: (asked: unknown) => boolean): RequestInterceptor {
  return {
    process(h) {
      if (!h.requestEnvelope.session) return;
      const session = h.attributesManager.getSessionAttributes();
      const asked: unknown = session[key];
      delete session[key];
      if (accept(asked)) h.attributesManager.getRequestAttributes()[key] = asked;
    },
  };
}
