import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { parseConfig } from './config';
import { porkBelly } from './recipe';
import { jsonLog, parseLevel } from './services/json-log';
import { createStore } from './services/stores';
import { createSkill } from './skill';

// Built once per Lambda container, so warm requests pay nothing for set-up.
const config = parseConfig(process.env);
const log = jsonLog((line) => console.log(line), parseLevel(process.env.LOG_LEVEL));
const skill = createSkill({
  recipe: porkBelly,
  persistence: createStore(config),
  log,
  skillId: config.skillId,
});

/** The Lambda entry point: an async handler (newer Node runtimes drop callback handlers). */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}

/** The wired skill, for `npm run serve` to host the very same instance behind an HTTPS endpoint. */
export { skill };
