import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Intent } from '../lambda/intents';
import { intentRequest, launchRequest } from '../tools/envelopes';
import { percentile } from './stats';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * One cook's session as requests: open, start, every step, past the end, where am I, stop.
 * Session attributes are carried from each response to the next request, as Alexa does.
 */
export async function fullCook(
  handler: Handler,
  steps: number,
  userId: string,
  onTurn?: (ms: number, response: ResponseEnvelope) => void,
): Promise<void> {
  const sessionId = `amzn1.echo-api.session.${userId}`;
  let attributes: Record<string, unknown> = {};
  const send = async (event: RequestEnvelope) => {
    const started = performance.now();
    const response = await handler(event);
    onTurn?.(performance.now() - started, response);
    attributes = (response.sessionAttributes as Record<string, unknown> | undefined) ?? {};
  };
  await send(launchRequest({ userId, sessionId }));
  const names = [Intent.StartCooking, ...Array<string>(steps).fill(Intent.Next), Intent.WhereAmI, Intent.Stop];
  for (const name of names) await send(intentRequest(name, {}, { userId, sessionId, attributes }));
}

/** Per-request latency of a warm handler, in ms. */
export interface WarmLatency {
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * Per-request latency of a warm handler over at least `requests` requests of whole cooks, after
 * three unmeasured cooks (the first requests of a container compile what they run).
 */
export async function warmLatency(handler: Handler, steps: number, requests: number): Promise<WarmLatency> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) await fullCook(handler, steps, `amzn1.ask.account.warmup-${i}`);
  for (let cook = 0; times.length < requests; cook++) {
    await fullCook(handler, steps, `amzn1.ask.account.warm-${cook}`, (ms) => times.push(ms));
  }
  return { requests: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) };
}
