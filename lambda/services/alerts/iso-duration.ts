/**
 * ISO-8601 durations as the Alexa APIs use them ("PT2H", "PT1H30M", "PT45S"; AMAZON.DURATION
 * may also send days, "P1D", or decimals, "PT1.5H").
 */

const PATTERN = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Whole seconds in an ISO duration, or undefined when it is not one (Alexa sends "?" for a miss). */
export function isoToSeconds(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = PATTERN.exec(iso.trim().toUpperCase());
  // "P" and "PT" match the pattern with nothing in them: not a duration.
  if (!m || m.slice(1).every((v) => v === undefined)) return undefined;
  const [d, h, min, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  return Math.round((d ?? 0) * 86400 + (h ?? 0) * 3600 + (min ?? 0) * 60 + (s ?? 0));
}

/** "PT2H", "PT1H30M", "PT10M", "PT45S" for a number of whole seconds. */
export function secondsToIso(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `PT${body || '0S'}`;
}
