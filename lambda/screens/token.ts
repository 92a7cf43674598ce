/**
 * The RenderDocument token: which screen was drawn and for which step. Alexa sends it back with
 * every touch on that screen, so a touch always says what the cook was looking at, and a touch
 * from an older screen (a tap racing a spoken "next") can be told apart from a current one.
 */

export type ScreenKind = 'step' | 'ingredients' | 'answer' | 'plan';

/** What a screen was drawn for. */
export interface ScreenStamp {
  readonly kind: ScreenKind;
  /** The 0-based step the cook was on when the screen was drawn; null before they started. */
  readonly step: number | null;
  /** The one ingredient group an ingredients screen showed, when it showed only one. */
  readonly group?: string;
}

const KINDS: readonly ScreenKind[] = ['step', 'ingredients', 'answer', 'plan'];

/** "step:6", "ingredients:6", "ingredients:6:glaze", "answer:-". */
export function screenToken(stamp: ScreenStamp): string {
  const group = stamp.group === undefined ? '' : `:${stamp.group}`;
  return `${stamp.kind}:${stamp.step ?? '-'}${group}`;
}

/** The stamp in a token, or undefined for anything this skill did not write. */
export function parseScreenToken(token: string | undefined): ScreenStamp | undefined {
  const match = /^(\w+):(\d+|-)(?::([\w-]+))?$/.exec(token ?? '');
  if (!match) return undefined;
  const kind = KINDS.find((k) => k === match[1]);
  if (!kind) return undefined;
  const step = match[2] === '-' ? null : Number(match[2]);
  return match[3] === undefined ? { kind, step } : { kind, step, group: match[3] };
}
