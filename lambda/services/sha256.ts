/**
 * The sha256 of a text, in hex, from node:crypto. The module is fetched at the first hash, not when
 * the bundle loads: loading node:crypto costs several milliseconds of a cold start on Node 22 (see
 * the README's benchmark), and most turns hash nothing (the memory store keys by the ids themselves,
 * log lines tag a user only when something went wrong, and the DynamoDB client loads it anyway).
 * `process.getBuiltinModule` is node:crypto itself, the same hash as an import of it.
 */
export function sha256Hex(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}
