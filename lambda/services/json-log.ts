import type { Log } from './logger';

type Level = 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { info: 0, warn: 1, error: 2 };

/**
 * Structured logs for CloudWatch: one JSON object per line. A dozen lines instead of a logging
 * library, because loading one measured about 7 ms of every cold start (see the benchmark).
 * `minLevel` comes from LOG_LEVEL in lambda/index.ts.
 */
export function jsonLog(write: (line: string) => void, minLevel: Level = 'info'): Log {
  const emit = (level: Level) => (message: string, extra?: Record<string, unknown>) => {
    if (RANK[level] < RANK[minLevel]) return;
    write(JSON.stringify({ level, message, timestamp: new Date().toISOString(), ...extra }));
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export function parseLevel(value: string | undefined): Level {
  const v = value?.toLowerCase();
  return v === 'warn' || v === 'error' || v === 'info' ? v : 'info';
}
