import type { Log } from '../../lambda/services/logger';

/** A log that keeps what was written, so tests can read it (and check it names no raw user id). */
export class MemoryLog implements Log {
  readonly entries: { level: string; message: string; extra?: Record<string, unknown> }[] = [];
  info(message: string, extra?: Record<string, unknown>): void {
    this.entries.push({ level: 'info', message, extra });
  }
  warn(message: string, extra?: Record<string, unknown>): void {
    this.entries.push({ level: 'warn', message, extra });
  }
  error(message: string, extra?: Record<string, unknown>): void {
    this.entries.push({ level: 'error', message, extra });
  }
  text(): string {
    return JSON.stringify(this.entries);
  }
}
