import { porkBelly } from '../../lambda/recipe';
import { resolveWords, things, vocabularyFor, type Resolution, type ThingOf } from '../../lambda/vocabulary';
import { porkBellyWords } from '../../lambda/vocabulary/en/pork-belly';

/**
 * The one resolver from a slot's words to a recipe thing (lambda/vocabulary/resolve.ts): every
 * thing by its common names, a cook's own words around a name, other kitchens' words, two fits
 * asked about, and words about nothing here refused.
 */
const vocabulary = vocabularyFor();

function resolve<K extends keyof ThingOf>(kind: K, said: string): Resolution<ThingOf[K]> {
  return resolveWords(vocabulary, things(vocabulary, porkBelly, kind), said);
}

function ids<K extends keyof ThingOf>(kind: K, said: string): string[] | string {
  const r = resolve(kind, said);
  if (r.kind === 'found') return r.items.map((t) => t.id);
  if (r.kind === 'which') return `which ${r.items[0].id} or ${r.items[1].id}`;
  return 'none';
}

describe('the resolver', () => {
  const kinds = ['ingredient', 'group', 'equipment', 'phase', 'wait', 'reason', 'problem', 'variation', 'cue'] as const;

  it.each(kinds)('reaches every %s by each of its names', (kind) => {
    for (const thing of things(vocabulary, porkBelly, kind)) {
      const names = [...thing.names, ...(porkBellyWords[kind]?.[thing.id] ?? [])];
      for (const name of names) {
        const found = resolve(kind, name);
        // A name two things share ("salt", "rack") finds both; it must find this one among them.
        expect({ name, found: found.kind === 'found' && found.items.some((t) => t.id === thing.id) }).toEqual({ name, found: true });
      }
    }
  });

  it('finds a thing named inside the cook’s own words, the longest name first, then the one said first', () => {
    expect(ids('ingredient', 'sea salt for the rind')).toEqual(['sea-salt']);
    expect(ids('ingredient', 'oil on the meat side')).toEqual(['neutral-oil']);
    expect(ids('ingredient', 'ginger am i grating')).toEqual(['ginger']);
    expect(ids('ingredient', 'bicarbonate of soda goes on the crackling')).toEqual(['baking-soda']);
  });

  it('hears other kitchens’ words as the recipe’s', () => {
    expect(ids('ingredient', 'bicarb')).toEqual(['baking-soda']);
    expect(ids('ingredient', 'soya sauce')).toEqual(['soy-sauce']);
    expect(ids('ingredient', 'rapeseed oil')).toEqual(['neutral-oil']);
    expect(ids('equipment', 'roasting tin')).toEqual(['roasting-pan']);
    expect(ids('equipment', 'the probe')).toEqual(['thermometer']);
    expect(ids('phase', 'the grill')).toEqual(['finish']);
    expect(ids('wait', 'under the grill')).toEqual(['blister']);
  });

  it('finds a name through its stems and plurals', () => {
    expect(ids('equipment', 'sharp knives')).toEqual(['knife']);
    expect(ids('problem', 'the crackling went leathery')).toEqual(['soft-crackling']);
    expect(ids('problem', 'the glaze will not thicken at all')).toEqual(['glaze-consistency']);
  });

  it('finds every thing sharing the very name said', () => {
    expect(ids('ingredient', 'salt')).toEqual(['kosher-salt', 'sea-salt', 'flaky-salt']);
  });

  it('asks which when two things fit the words about as well, naming both', () => {
    expect(ids('problem', 'black and soggy')).toBe('which soft-crackling or skin-burning');
    expect(ids('problem', 'uneven and soapy')).toBe('which uneven-blistering or off-taste');
  });

  it('refuses words about nothing in the recipe', () => {
    expect(ids('ingredient', 'garlic')).toBe('none');
    expect(ids('problem', 'my oven door fell off')).toBe('none');
    expect(ids('equipment', 'a slow cooker')).toBe('none');
    expect(ids('reason', 'the capital of peru')).toBe('none');
  });
});
