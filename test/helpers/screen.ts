import type { RequestEnvelope } from 'ask-sdk-model';
import { MemoryStore } from '../../lambda/services/stores';
import type { CookState } from '../../lambda/state/cook-state';
import type { Exchange } from '../../tools/conversation';
import { screenOf, touchTargets, type RenderDirective } from './apl';
import type { TestCook } from './skill';

/** Echo Show 5 (hubLandscapeSmall) and Echo Show 15 (hubLandscapeXLarge), as devices report them. */
export const SHOW_5 = { pixelWidth: 960, pixelHeight: 480, dpi: 160 };
export const SHOW_15 = { pixelWidth: 1920, pixelHeight: 1080, dpi: 160 };

/**
 * A `decorate` for TestCook: every request comes from an Echo Show with APL (by default the
 * runtime the documents are written for) and its viewport.
 */
export function onShow(screen = SHOW_5, maxVersion = '2023.3'): (request: Record<string, unknown>) => void {
  return (request) => {
    const context = request.context as { System: { device: { supportedInterfaces: Record<string, unknown> } }; Viewport?: unknown };
    context.System.device.supportedInterfaces['Alexa.Presentation.APL'] = { runtime: { maxVersion } };
    context.Viewport = {
      experiences: [{ canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: 'RECTANGLE',
      ...screen,
      currentPixelWidth: screen.pixelWidth,
      currentPixelHeight: screen.pixelHeight,
      touch: ['SINGLE'],
    };
  };
}

/** The screen that came with an exchange; fails when there is none. */
export function screenWith(exchange: Exchange): RenderDirective {
  const screen = screenOf(exchange.response);
  if (!screen) throw new Error(`"${exchange.phrase}" came without a screen`);
  return screen;
}

/**
 * Touches what the last screen shows: the target whose evaluated SendEvent arguments begin with
 * `args` (a button's action, or "ingredient" and an id). Fails when that screen has no such target,
 * so a test cannot press a button the cook could not see.
 */
export async function tap(cook: TestCook, ...args: unknown[]): Promise<Exchange> {
  const last = cook.exchanges[cook.exchanges.length - 1];
  if (!last) throw new Error('nothing on screen yet');
  return tapOn(cook, screenWith(last), ...args);
}

/** Touches a target of a given (possibly older) screen. */
export async function tapOn(cook: TestCook, screen: RenderDirective, ...args: unknown[]): Promise<Exchange> {
  const target = touchTargets(screen).find((t) => args.every((a, i) => t.args[i] === a));
  if (!target) throw new Error(`the ${screen.token} screen has nothing that sends ${JSON.stringify(args)}`);
  return cook.touch(screen.token, target.args);
}

/** A store that already holds this cook's state, as if they had been here before. */
export async function storeWith(userId: string, state: CookState): Promise<MemoryStore> {
  const store = new MemoryStore();
  const envelope = { context: { System: { user: { userId } } } } as unknown as RequestEnvelope;
  await store.saveAttributes(envelope, { ...state });
  return store;
}
