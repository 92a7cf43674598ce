import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layers of lambda/ and the only ways their imports may point, so the architecture the folder
 * names promise is the one the code has: the recipe knows nothing else; speech and state know the
 * recipe (speech may read the facts state works out, never the other way); the turn and the
 * handlers sit on top. Read from the source's import lines, so a new arrow fails here, not in review.
 */
const LAMBDA = resolve(__dirname, '../../lambda');

const MAY_IMPORT: Record<string, readonly string[]> = {
  recipe: [],
  // What cooks call the recipe's things, and the resolver from a slot's words to them.
  vocabulary: ['recipe'],
  // The recipe's facts indexed for open questions, read through the vocabulary's words.
  facts: ['recipe', 'vocabulary'],
  // The dinner planner: arithmetic over the recipe's waits and wall-clock times, as pure as the recipe.
  plan: ['recipe'],
  speech: ['recipe', 'state', 'plan'],
  state: ['recipe', 'services', 'plan'],
  services: ['config'],
  turn: ['recipe', 'speech', 'state', 'services', 'plan'],
  screens: ['recipe', 'speech', 'state', 'services', 'turn', 'plan'],
  handlers: ['recipe', 'speech', 'state', 'services', 'turn', 'screens', 'intents', 'sdk', 'plan', 'vocabulary', 'facts'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The lambda/ folder (or top-level file, without .ts) a path belongs to. */
function layerOf(path: string): string {
  return relative(LAMBDA, path).split('/')[0]!.replace(/\.ts$/, '');
}

const imports = sources(LAMBDA).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^;]*? from '(\.[^']+)';/gm)].map((m) => ({
    file,
    target: resolve(dirname(file), m[1]!),
  })),
);

describe('the layers of lambda/', () => {
  it.each(Object.keys(MAY_IMPORT))('%s imports only the layers beneath it', (layer) => {
    const allowed = new Set([layer, ...MAY_IMPORT[layer]!]);
    const wrong = imports
      .filter(({ file }) => layerOf(file) === layer)
      .filter(({ target }) => !allowed.has(layerOf(target)))
      .map(({ file, target }) => `${relative(LAMBDA, file)} -> ${relative(LAMBDA, target)}`);
    expect(wrong).toEqual([]);
  });

  it('handlers never fetch their turn: they are handed it (handlers/respond.ts)', () => {
    const fetching = sources(join(LAMBDA, 'handlers'))
      .filter((file) => !file.endsWith('respond.ts') && !file.endsWith('errors.ts'))
      .filter((file) => /\bturnOf\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(LAMBDA, file));
    expect(fetching).toEqual([]);
  });

  it('no handler imports a locale’s own speech folder, only the speech module and its types', () => {
    const reaching = imports
      .filter(({ file }) => layerOf(file) === 'handlers' || layerOf(file) === 'screens')
      .filter(({ target }) => relative(LAMBDA, target).startsWith('speech/en'))
      .map(({ file, target }) => `${relative(LAMBDA, file)} -> ${relative(LAMBDA, target)}`);
    expect(reaching).toEqual([]);
  });
});
