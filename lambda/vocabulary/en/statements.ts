import type { StatementWords } from '../types';

/**
 * The English words a cook narrates with rather than asks ("i brushed it all on", "mine came
 * already scored", "the skin's still kinda wet"), read by the statement reader (lambda/facts/statement.ts).
 * Each list is a kind of word, not a list of sentences: the reader weighs them against the words of
 * the cook's own step, so a phrasing nobody wrote down is read the same way.
 */
export const STATEMENT_WORDS: StatementWords = {
  // "it's out", "everything's in", "all sliced up", "okay i'm all through with that one".
  done: ['done', 'finished', 'through', 'complete', 'completed', 'ready', 'sorted', 'in', 'on', 'out', 'off', 'up', 'now', 'there', 'over'],
  // Said first, these finish the step outright ("out and it looks amazing", Alexa having kept the carrier "it's").
  doneFirst: ['done', 'finished', 'through', 'complete', 'completed', 'sorted', 'in', 'on', 'out', 'all done', 'all through', 'all in', 'all on', 'all out', 'all finished'],
  // Said whole, these ask to move on, not a question: "i'm leaving out the ginger what's after this".
  moveOn: ["what's next", "what's after this", "what's after that", 'what next', 'what now', "what's now", 'next', 'carry on', 'move on', 'moving on', 'go on', 'keep going', 'after this', 'after that', 'what now', 'onward', 'onwards', 'proceed', 'continue'],
  skip: ['skip', 'skipping', "don't need", 'no need', 'not doing', 'leaving out', 'leave out', 'leaving it out', 'instead', 'not using', 'going with', "i'm using", 'using', 'doing the', 'without'],
  // "mine came already scored": the step's action was done before the recipe got to it.
  already: ['already', 'came'],
  // What makes a statement a worry, not a step done: "still wet", "not puffing", "too deep", "only an hour".
  notYet: [
    'still', 'not', 'no', 'but', 'too', 'only', 'yet', 'more than', 'less than', 'starting', 'barely', 'hardly', 'way more', 'a lot',
    // States a cook worries about, whatever they are said of ("a bit flat", "all stringy", "clumping up").
    'a bit', 'flat', 'bland', 'pale', 'wet', 'damp', 'soggy', 'chewy', 'rubbery', 'dark', 'burnt', 'burning', 'smoking',
    'thin', 'watery', 'runny', 'foaming', 'dripping', 'clumping', 'clumpy', 'pooling', 'stringy', 'raw', 'tough', 'cold',
    // Uneven, said of part of it: "blistering uneven on one end of the sheet tray".
    'uneven', 'unevenly', 'patchy', 'blotchy', 'lopsided', 'one end', 'one side',
    'worried', 'worry', 'scared', 'afraid', 'concerned', 'forgot', 'forget', 'never', "didn't", "isn't", "won't", "doesn't", "hasn't", "haven't", "wasn't", "aren't", "can't", 'oops', 'uh oh', 'oh no',
  ],
  // A question inside the statement is answered as the question.
  question: ['what', "what's", 'how', "how's", 'when', 'why', 'where', 'which', 'should i', "shouldn't i", 'can i', 'could i', 'do i', 'is there', 'are there', 'do you', 'can you', 'could you', 'would it', 'did i', 'have i', 'is that', 'is it', 'does it', 'is this', 'am i', 'will it', 'normal', 'okay to', 'any tips', 'any advice'],
  // A reading said as a statement: "thermometer says a hundred and forty", "it's reading 161".
  // "skip the fridge part": the whole part, not only the step.
  part: ['part', 'section', 'bit', 'stage', 'phase', 'whole'],
  // "hang on i'm on the phone", "sorry i'm talking to someone": a hold, the place kept (a question said with it is answered).
  away: ['on the phone', 'on a call', 'on another call', 'talking to someone', 'at the door', 'getting the door',
    // Busy finding or working something out first ("hold on i'm figuring out their oven"): not yet the step done.
    'figuring out', 'looking for', 'waiting for',
    // Not done with the step ("i'm not done with this one yet"): the place kept, never the step done (a refused move too: facts/statement.ts).
    'not done with', 'not finished with'],
  reading: ['thermometer', 'probe', 'reads', 'reading', 'says', 'at', 'inside', 'internal', 'showing', 'shows'],
};
