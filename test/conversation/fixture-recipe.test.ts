import { MemoryStore } from '../../lambda/services/stores';
import { tinyToast } from '../fixtures/tiny-recipe';
import { TestCook } from '../helpers/skill';

// The handlers know nothing of pork belly: a different recipe is walked by the same code.
describe('a second, tiny recipe through the same handlers', () => {
  it('welcomes, walks, jumps by its own phase names and finishes', async () => {
    const cook = new TestCook({ recipe: tinyToast });
    await cook.script(`
      U: open crispy pork belly
      A: Welcome to Buttered Toast. It takes 2 to 3 minutes. Shall we start with step 1, or would you like the ingredients first?
      # A step with a wait offers its timer (issue 12): the shortest wait, by the wait's label.
      U: start
      A: Step 1 of 3, toasting: Toast the bread for 2 to 3 minutes. Want a 2-minute toast timer?
      U: next
      A: Step 2 of 3, buttering: Spread half a tablespoon butter and eat. Careful: Mind the crumbs < everywhere >.
      U: go to the toasting
      A: Step 1 of 3, toasting: Toast the bread for 2 to 3 minutes. Want a 2-minute toast timer?
      U: skip to the butter
      A: Step 2 of 3, buttering: Spread half a tablespoon butter and eat. Careful: Mind the crumbs < everywhere >.
      U: where am I
      A: You’re on step 2 of 3, in the buttering. 1 step left after this one.
      U: next
      A: Step 3 of 3, buttering: Eat it while hot. That’s the last step. Enjoy your Buttered Toast!
      U: next
      A: That’s the end of Buttered Toast: you’ve done every step. Would you like to start over?
      U: give me the overview
      A: Buttered Toast has 2 parts: 1, toasting, 1 step; 2, buttering, 2 steps. On the day, cooking takes 2 to 3 minutes.
    `);
    // The markup characters in the recipe were escaped in the SSML, not dropped.
    expect(cook.exchanges[2]!.ssml).toContain('Mind the crumbs &lt; everywhere &gt;.');
  });

  it('keeps the place across sessions with a store', async () => {
    const store = new MemoryStore();
    const first = new TestCook({ recipe: tinyToast, persistence: store, userId: 'amzn1.ask.account.toast' });
    await first.script(`
      U: open crispy pork belly
      U: start
      U: next
      U: stop
    `);
    const again = new TestCook({ recipe: tinyToast, persistence: store, userId: 'amzn1.ask.account.toast' });
    await again.script(`
      U: open crispy pork belly
      A: Welcome back. You were on step 2 of 3, the buttering. Say continue, or start over.
      U: continue
      A: Step 2 of 3, buttering: Spread half a tablespoon butter and eat. Careful: Mind the crumbs < everywhere >.
    `);
  });
});
