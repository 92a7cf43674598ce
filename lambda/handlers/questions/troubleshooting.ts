import { Intent, Slot } from '../../intents';
import { adviceIn, problems, problemsOfPhase } from '../../recipe';
import type { TurnHandle } from '../respond';
import { startDiagnosis } from '../conversation/diagnose';
import { askContext, askWhich, heardSlot, reply } from './common';
import { heardProblem } from './problem-statement';
import { answerOpen, askedInside, openFromSlot } from './open';
import { answerStatement } from './statement';
import { questionAtEnd } from '../../vocabulary';

/**
 * "my crackling is soft" (a statement, problem-statement.ts) or "what if the skin burns": the recipe's advice for the problem, as it stands in the cook's phase.
 * A problem it doesn't name gets the nearest advice by its words, or what the recipe covers.
 */
/** A cook's wish said where a problem goes: a choice the recipe may give, not something gone wrong. */
const WISH = /\b(want|prefer|rather)\b/;

export const TroubleshootHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const phase = ctx.placed?.phase;
    const { found, which, nearest, heard } = heardProblem(h, turn);
    // A ramble that a problem's words began, with its question at the end ("... so i guess what i'm asking is how much do i actually put on").
    if (heard.words && questionAtEnd(heard.words)) return answerOpen(h, turn, heard.words);
    if (which) return askWhich(h, turn, which);
    const entry = found[0];
    // A problem named only by its nearest words may be no problem at all: "it's getting syrupy now" is the glaze done.
    // Only a statement's two halves ("it's {problemState}"): "what if {problem}" asks.
    const statement = !heardSlot(h, Slot.Problem).words;
    const stated = statement && (!entry || nearest) && heard.words ? answerStatement(h, turn, heard.words) : undefined;
    if (stated) return stated;
    // Only near a problem, a choice ("the salt for the skin is it the fine one or the kosher one") or a wish ("what if I
    // want the glaze under the crackling") is a question of its own: the recipe's nearest fact answers it.
    if ((!entry || nearest) && heard.words && (askedInside(heard.words) || WISH.test(heard.words))) return answerOpen(h, turn, heard.words);
    if (entry && nearest) return reply(h, turn, speech.nearestProblem(ctx, entry, adviceIn(entry, phase?.id)));
    if (entry) {
      const advice = adviceIn(entry, phase?.id);
      // Several causes and the general advice (not a phase's own): ask about them one at a time.
      if (entry.causes?.length && advice === entry.advice && !turn.cook.finished) return startDiagnosis(h, turn, entry);
      return reply(h, turn, speech.problem(ctx, entry, advice));
    }
    const open = openFromSlot(h, turn, heard, Intent.Tell, statement);
    if (open) return open;
    const own = problemsOfPhase(recipe, phase?.id);
    return reply(h, turn, speech.unknownProblem(ctx, own.length ? phase : undefined, own.length ? own : problems(recipe)));
  },
};

