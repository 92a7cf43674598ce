/**
 * A batch or a piece scaled by a word (issue 11): "i'm halving the glaze", "doubled rub", "two
 * bellies side by side", "half size piece", "triple batch of glaze for a crowd". The reader finds
 * the factor and which part of the recipe it scales, so an amount asked in the same sentence is
 * answered for that part only (doubling the glaze leaves the rub alone). Which part: a group of
 * the recipe named near the factor word by its own name's words ("glaze", "rub"), the main
 * ingredient ("the pork", "my piece"), or nothing said ("if i double it"): then it is the group of
 * whatever the cook asks about. Figures with units ("a kilo and a half", "half a teaspoon") are
 * amounts, not factors, and are never read here.
 */
import type { Batch, Recipe } from '../recipe';
import { wordsOf } from './words';

/** Words that scale by themselves: "doubling", "halved", "triple". */
const FACTOR_WORDS: Readonly<Record<string, number>> = {
  double: 2, doubling: 2, doubled: 2, twice: 2,
  halve: 0.5, halving: 0.5, halved: 0.5,
  triple: 3, tripling: 3, tripled: 3, thrice: 3,
};

/** "half" scales only next to a word for the size or the batch ("half batch", "half the size", "half size piece"). */
const HALF_WITH = new Set(['batch', 'size', 'sized', 'recipe', 'quantity', 'quantities', 'amount', 'amounts', 'portion', 'lot', 'glaze', 'rub']);

/** Counts of pieces: "two bellies", "three slabs". */
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, '2': 2, '3': 3 };

/** Words for the main ingredient as the cook has it: "the pork", "my piece", "two bellies". */
const MAIN_WORDS = new Set(['pork', 'belly', 'bellies', 'piece', 'pieces', 'slab', 'slabs', 'meat', 'joint', 'joints']);

/** Words that name no part: "double it", "a double batch", "the whole recipe". */
const WHOLE_WORDS = new Set(['it', 'batch', 'recipe', 'everything', 'lot', 'whole']);

/** How far from the factor word a part's name may be: "halving the glaze", "half batch of glaze", "glaze doubled". */
const BEFORE = 2;
const AFTER = 4;

/** A group's own words, without the main ingredient's ("Pork Belly & Drying Rub" is the rub). */
function groupWords(recipe: Recipe): { id: string; words: Set<string> }[] {
  return recipe.ingredientGroups.map((g) => ({ id: g.id, words: new Set(wordsOf(g.name).filter((w) => w.length > 2 && !MAIN_WORDS.has(w) && w !== 'and')) }));
}

/** The part the words around `at` name, nearest first: a group's id, 'main', or undefined for none. */
function partNear(groups: ReturnType<typeof groupWords>, words: readonly string[], at: number): { part?: string; found: boolean } {
  const order: number[] = [];
  for (let d = 1; d <= AFTER; d += 1) {
    order.push(at + d);
    if (d <= BEFORE) order.push(at - d);
  }
  for (const i of order) {
    const w = words[i];
    if (w === undefined) continue;
    const group = groups.find((g) => g.words.has(w));
    if (group) return { part: group.id, found: true };
    if (MAIN_WORDS.has(w)) return { part: 'main', found: true };
  }
  return { found: false };
}

/** The factor said in the words and the part it scales, or undefined when none is said. */
export function batchSaid(recipe: Recipe, text: string): Batch | undefined {
  const words = wordsOf(text);
  // The groups' words once a reading, not once a factor word.
  const groups = groupWords(recipe);
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    let factor = FACTOR_WORDS[w];
    let pieces = false;
    if (w === 'half' && (HALF_WITH.has(next) || (next === 'the' && HALF_WITH.has(words[i + 2] ?? '')))) factor = 0.5;
    const count = COUNTS[w];
    if (count !== undefined && MAIN_WORDS.has(next) && next !== 'pork' && next !== 'meat') {
      factor = count;
      pieces = true;
    }
    if (factor === undefined) continue;
    // "half the size", "half size piece": a size is the piece's, whatever else is near.
    const ofSize = [next, words[i + 2]].some((x) => x === 'size' || x === 'sized');
    // "double check", "twice a day": a factor word that names no part and no batch scales nothing.
    const near = partNear(groups, words, i);
    const whole = words.slice(Math.max(0, i - BEFORE), i + AFTER + 1).some((x) => WHOLE_WORDS.has(x));
    if (!near.found && !whole && !pieces && !ofSize) continue;
    if (ofSize) return { factor, part: 'main' };
    return { factor, ...(near.part ? { part: near.part } : {}), ...(pieces ? { pieces: true } : {}) };
  }
  return undefined;
}
