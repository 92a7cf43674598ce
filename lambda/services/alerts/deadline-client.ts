import type { services } from 'ask-sdk-model';
import { AlertError } from './types';

/**
 * The SDK's `DefaultApiClient` with a deadline. The SDK client waits as long as the socket does,
 * but Alexa waits at most 8 seconds for the whole answer, so a slow API must become a spoken
 * "it didn't answer in time" instead of silence. The deadline is asked for at each call (the
 * turn's budget shrinks as it goes); 0 means the turn has no time left, and the call is not made.
 */
export class DeadlineApiClient implements services.ApiClient {
  constructor(
    private readonly timeoutMs: number | ((request: services.ApiClientRequest) => number),
    private inner?: services.ApiClient,
  ) {}

  /** The same client with another deadline (the turn's budget), sharing the SDK client. */
  withDeadline(timeoutMs: (request: services.ApiClientRequest) => number): DeadlineApiClient {
    const shared = new DeadlineApiClient(timeoutMs, this.inner);
    shared.client = () => this.client();
    return shared;
  }

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const ms = typeof this.timeoutMs === 'number' ? this.timeoutMs : this.timeoutMs(request);
    const what = `${request.method} ${new URL(request.url).pathname}`;
    if (ms <= 0) return Promise.reject(new AlertError('timeout', `${what}: no time left in this turn`));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AlertError('timeout', `${what} took over ${ms} ms`)), ms);
    });
    return Promise.race([this.client().then((c) => c.invoke(request)), deadline]).finally(() => clearTimeout(timer));
  }

  /** The SDK's client, loaded on the first API call (sdk-clients.ts): it would slow every cold start. */
  private client = async (): Promise<services.ApiClient> => {
    if (!this.inner) {
      const { DefaultApiClient } = await import('./sdk-clients');
      this.inner ??= new DefaultApiClient();
    }
    return this.inner;
  };
}
