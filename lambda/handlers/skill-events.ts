import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../sdk';
import { withDeadline, type Timing } from '../services/budget';
import { anonymous, type Log } from '../services/logger';
import type { CookStore } from '../services/stores/types';

/** Request type of the event Alexa sends when a customer disables the skill (manifest: SKILL_DISABLED). */
export const SKILL_DISABLED = 'AlexaSkillEvent.SkillDisabled';

/** Every skill event's request type starts with this. */
const SKILL_EVENT_PREFIX = 'AlexaSkillEvent.';

/**
 * Skill events arrive outside any session and are never spoken. When the skill is disabled, every
 * place stored for that account (its own and each recognised person's) is deleted.
 */
export function skillEventHandlers(deps: { readonly persistence?: CookStore; readonly log: Log; readonly timing: Timing }): readonly RequestHandler[] {
  const SkillDisabledHandler: RequestHandler = {
    canHandle: (h) => getRequestType(h.requestEnvelope) === SKILL_DISABLED,
    async handle(h) {
      const user = anonymous(h.requestEnvelope.context?.System?.user?.userId);
      const store = deps.persistence;
      if (store) {
        try {
          // Nothing is spoken, so the deletion may take the turn's whole budget, not one call's share.
          await withDeadline('storage', deps.timing.turnMs, () => store.deleteAttributes(h.requestEnvelope));
          deps.log.info('skill disabled; stored places deleted', { user });
        } catch (err) {
          // Logged as an error so the account can be found and cleaned by hand.
          deps.log.error('skill disabled but its stored places could not be deleted', { user, error: String(err) });
        }
      }
      return h.responseBuilder.getResponse();
    },
  };
  // Events the manifest does not subscribe to should never come; one that does is noted, not spoken to.
  const OtherSkillEventHandler: RequestHandler = {
    canHandle: (h) => {
      const type: unknown = getRequestType(h.requestEnvelope);
      return typeof type === 'string' && type.startsWith(SKILL_EVENT_PREFIX);
    },
    handle(h) {
      deps.log.info('skill event ignored', { event: getRequestType(h.requestEnvelope) });
      return h.responseBuilder.getResponse();
    },
  };
  return [SkillDisabledHandler, OtherSkillEventHandler];
}
