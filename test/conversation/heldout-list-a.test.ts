import { join } from 'node:path';
import { runLists, scoreBy } from '../../tools/heldout';

/**
 * A floor under held-out list A's score (`npm run heldout`), so a change that loses phrasings the
 * skill understood fails here. List A was tuned to after its first run (see README, "What a cook can
 * say"), so it is a training list now: this guards against regressions, it measures nothing new.
 * Raise the floors when the score rises.
 */
const FLOORS = { questions: 113, navigation: 102, timers: 49 };

const LISTS = ['list-a-questions.txt', 'list-a-navigation.txt', 'list-a-timers.txt'].map((f) => join(__dirname, '..', 'heldout', f));

it('held-out list A scores at least its floor in each kind', async () => {
  const results = await runLists(LISTS);
  const byKind = Object.fromEntries([...scoreBy(results, (r) => r.item.kind)].map(([kind, s]) => [kind, s.passed]));
  expect(results.length).toBe(310);
  for (const [kind, floor] of Object.entries(FLOORS)) {
    expect({ kind, atLeastFloor: (byKind[kind] ?? 0) >= floor }).toEqual({ kind, atLeastFloor: true });
  }
}, 300_000);
