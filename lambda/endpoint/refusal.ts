/**
 * A request the endpoint will not answer: the HTTP status and a short reason that is safe to send
 * to anyone. The reason says which rule refused the request, never anything about the server.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'Refusal';
  }
}

/** Shorthand for the commonest refusal: a request that broke one of Alexa's rules (HTTP 400). */
export function badRequest(reason: string): Refusal {
  return new Refusal(400, reason);
}
