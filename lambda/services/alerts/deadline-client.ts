import type { services } from 'ask-sdk-model';
import { AlertError } from './types';

/**
 * The SDK's `DefaultApiClient` with a deadline. The SDK client waits as long as the socket does,
 * but Alexa waits at most 8 seconds for the whole answer, so a slow API must become a spoken
 * "it didn't answer in time" instead of silence.
 */
export class DeadlineApiClient implements services.ApiClient {
  constructor(
    private readonly timeoutMs: number,
    private inner?: services.ApiClient,
  ) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AlertError('timeout', `${request.method} ${new URL(request.url).pathname} took over ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    return Promise.race([this.client().then((c) => c.invoke(request)), deadline]).finally(() => clearTimeout(timer));
  }

  /** The SDK's client, loaded on the first API call: its `https` import would slow every cold start. */
  private async client(): Promise<services.ApiClient> {
    if (!this.inner) {
      const { DefaultApiClient } = await import('ask-sdk-core/dist/service/DefaultApiClient');
      this.inner ??= new DefaultApiClient();
    }
    return this.inner;
  }
}
