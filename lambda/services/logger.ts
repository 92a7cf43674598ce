import { sha256Hex } from './sha256';

/** The logging the skill needs. Never pass raw user ids: use `anonymous(id)`. */
export interface Log {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** A short, stable, one-way tag for a user id, so logs can follow a user without naming them. */
export function anonymous(id: string | undefined): string {
  if (!id) return 'none';
  return sha256Hex(id).slice(0, 12);
}

/** A logger that drops everything: for the console, where logs would drown the conversation. */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
