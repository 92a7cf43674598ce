import answer from './documents/answer.json';
import ingredients from './documents/ingredients.json';
import plan from './documents/plan.json';
import shared from './documents/shared.json';
import step from './documents/step.json';
import { APL_VERSION } from './apl-version';
import type { ScreenKind } from './token';

/**
 * The APL documents, one JSON file per screen (bundled by esbuild, read by tests), each given the
 * resources, styles and layouts of `shared.json` so that palette, sizes and buttons are defined
 * once. Sizes follow the viewport profiles (`alexa-viewport-profiles`, resolved by the device),
 * never fixed pixels. `settings.idleTimeout` asks the device to keep a screen up for five minutes,
 * since a cook glances at it between steps. Loaded at the first screen a turn draws (render.ts), and
 * built into a file of its own (dist/documents.js): a device without a screen never loads them.
 */

/** An APL document as sent in RenderDocument. */
export type AplDocument = Readonly<Record<string, unknown>> & {
  readonly type: 'APL';
  readonly version: string;
  readonly mainTemplate: Readonly<Record<string, unknown>>;
};

function withShared(own: Record<string, unknown>): AplDocument {
  const document: Record<string, unknown> = {
    ...own,
    resources: shared.resources,
    styles: shared.styles,
    layouts: shared.layouts,
  };
  if (document.type !== 'APL' || document.version !== APL_VERSION || typeof document.mainTemplate !== 'object') {
    throw new Error(`a screen document lacks type, mainTemplate or version ${APL_VERSION}`);
  }
  return document as AplDocument;
}

/** Every screen's document, ready to send. */
export const documents: Readonly<Record<ScreenKind, AplDocument>> = {
  step: withShared(step),
  ingredients: withShared(ingredients),
  answer: withShared(answer),
  plan: withShared(plan),
};
