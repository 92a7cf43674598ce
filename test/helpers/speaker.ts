/** A TestCook `decorate` that makes Alexa recognise the speaker as `personId` (read on each request). */
export function asPerson(personId: string | (() => string)): (request: Record<string, unknown>) => void {
  return (request) => {
    const system = (request.context as { System: Record<string, unknown> }).System;
    system.person = { personId: typeof personId === 'function' ? personId() : personId };
  };
}
