/**
 * The third part of matching as Alexa does it: the words people wrap around a request ("um",
 * "okay so", "hang on", "please", "for me"). Amazon's guidance is to put such prefixes and
 * suffixes in an intent's samples so that its model learns them "even if the exact spoken
 * utterance isn't present in the sample utterances": the recogniser learns "um" as a way into an
 * intent, not "um" before one phrasing. virtual-core only matches whole samples, so this driver
 * learns the same thing from the model, and no more:
 * - a lead-in (or tail) is taught to an intent when the intent has a sample made of it and
 *   another of its own samples ("um what's next" beside "what's next");
 * - only words that carry no request (fillers.ts) can be taught this way, so a taught wrapper
 *   never changes what is asked: fillers, or one of the whole phrases fillers.ts lists as wrappers
 *   ("excuse me", "could you tell me", "would you be so kind as to"). Alexa learns such a frame
 *   from the samples as it learns "um"; taking fillers alone made the driver stricter than a
 *   device for every polite or formal frame, which no list of fillers can hold without making
 *   "tell" or "much" fillers everywhere;
 * - a phrase may then be one of the intent's samples inside up to two taught lead-ins and up to
 *   two taught tails ("okay um next please"); a wrapper the intent was never taught, or one taught
 *   only to another intent, does not match.
 */
import { isWrapper, LONGEST_WRAPPER } from '../interaction-models/source/fillers';
import { words, type MatchableModel } from './loose-match';

/** A way to read a phrase as a request inside wrapper words. */
export interface Unwrapped {
  /** The request inside the wrappers, as words joined by spaces. */
  readonly inner: string;
  readonly leads: readonly string[];
  readonly tails: readonly string[];
}

/** The longest wrapper, in words, that can be taught ("would you be so kind as to tell me"). */
const MAX_WRAPPER_WORDS = LONGEST_WRAPPER;
/** How many wrappers may be said on each side ("okay um", "please thanks"). */
const MAX_WRAPPERS = 2;

export class WrapperTeacher {
  /** Per intent, the lead-ins and tails its samples teach. */
  private readonly leads = new Map<string, Set<string>>();
  private readonly tails = new Map<string, Set<string>>();
  /** Every wrapper taught to any intent: the only ones worth stripping. */
  private readonly anyLead = new Set<string>();
  private readonly anyTail = new Set<string>();

  constructor(model: MatchableModel) {
    for (const intent of model.interactionModel.languageModel.intents) {
      const own = new Set((intent.samples ?? []).map((s) => s.toLowerCase().split(/\s+/).filter(Boolean).join(' ')));
      const leads = new Set<string>();
      const tails = new Set<string>();
      for (const sample of own) {
        const parts = sample.split(' ');
        for (let n = 1; n <= MAX_WRAPPER_WORDS && n < parts.length; n++) {
          const head = parts.slice(0, n);
          if (isWrapper(head) && own.has(parts.slice(n).join(' '))) leads.add(head.join(' '));
          const tail = parts.slice(-n);
          if (isWrapper(tail) && own.has(parts.slice(0, -n).join(' '))) tails.add(tail.join(' '));
        }
      }
      this.leads.set(intent.name, leads);
      this.tails.set(intent.name, tails);
      for (const l of leads) this.anyLead.add(l);
      for (const t of tails) this.anyTail.add(t);
    }
  }

  /** The lead-ins an intent has learnt, for the console and tests. */
  leadsOf(intent: string): ReadonlySet<string> {
    return this.leads.get(intent) ?? new Set();
  }

  tailsOf(intent: string): ReadonlySet<string> {
    return this.tails.get(intent) ?? new Set();
  }

  /**
   * Every way to read the phrase as a request inside taught wrappers, fewest wrapper words first
   * (the reading that leaves the most of what was said to the request), then fewest wrappers.
   */
  unwrap(phrase: string): Unwrapped[] {
    const said = words(phrase);
    const out: { u: Unwrapped; stripped: number }[] = [];
    const strip = (from: number, leads: string[]) => {
      for (const [to, tails] of this.tailCuts(said, from)) {
        if (to > from && (leads.length || tails.length)) {
          out.push({ u: { inner: said.slice(from, to).join(' '), leads, tails }, stripped: from + (said.length - to) });
        }
      }
      if (leads.length === MAX_WRAPPERS) return;
      for (let n = 1; n <= MAX_WRAPPER_WORDS && from + n < said.length; n++) {
        const lead = said.slice(from, from + n).join(' ');
        if (this.anyLead.has(lead)) strip(from + n, [...leads, lead]);
      }
    };
    strip(0, []);
    // Ties go to the reading with fewer wrappers: "right so" said as one lead-in, not two.
    return out.sort((a, b) => a.stripped - b.stripped || a.u.leads.length + a.u.tails.length - (b.u.leads.length + b.u.tails.length)).map((x) => x.u);
  }

  /** Where the request may end, with the tails after it: [end index, tails in order said]. */
  private tailCuts(said: readonly string[], from: number): [number, string[]][] {
    const cuts: [number, string[]][] = [[said.length, []]];
    const walk = (end: number, tails: string[]) => {
      if (tails.length === MAX_WRAPPERS) return;
      for (let n = 1; n <= MAX_WRAPPER_WORDS && end - n > from; n++) {
        const tail = said.slice(end - n, end).join(' ');
        if (!this.anyTail.has(tail)) continue;
        const next = [tail, ...tails];
        cuts.push([end - n, next]);
        walk(end - n, next);
      }
    };
    walk(said.length, []);
    return cuts;
  }

  /** True when the intent has learnt every one of these wrappers. */
  teaches(intent: string, u: Unwrapped): boolean {
    const leads = this.leads.get(intent);
    const tails = this.tails.get(intent);
    return u.leads.every((l) => leads?.has(l)) && u.tails.every((t) => tails?.has(t));
  }
}
