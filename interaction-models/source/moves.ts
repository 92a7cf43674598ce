import { Intent, Slot, SlotType } from '../../lambda/intents';
import { samples } from './expand';
import { LEAD_INS } from './fillers';
import type { IntentDef, ModelFragment } from './types';

/**
 * Moves said in the cook's own words (issue 11, list D): a step named by what it says ("go back to
 * the preheat step", "the tent with foil bit in section four i want that one again"), and a reason
 * said after a hold ("hold on, doorbell"). The model cannot list what a cook may say about a step,
 * so these are few, broad carriers around an AMAZON.SearchQuery phrase slot whose words the skill
 * reads against the recipe (lambda/handlers/step-by-words.ts): what the carrier does (go there,
 * read it again) is the intent's, what the step says is the slot's. Alexa weighs a phrase slot
 * below the model's own samples, so "go back to the glaze" stays GoToPhaseIntent and "go back a
 * step" PreviousStepIntent; only words no sample knows reach these.
 */
const Q = `{${Slot.Query}}`;

/** Carriers said before the words that name a step: going there, or hearing it again. */
const TO_STEP = [
  '(go|skip|jump) (back|on back|on down|down|straight|ahead|on) to', '(skip|jump) to', 'take me [on|right|straight] back to',
  'take me (straight|right) to', '(go|skip|jump|take me) to the', '(go|take me) to where', '(start [me] [again|over]|pick up) from',
  '[hang on|wait|sorry|oh] (what did it say|what did the recipe say|what did that step say) about',
  '[sorry|wait|hang on|I think|wait I think|sorry I think] I (missed|didn\'t catch|didn\'t hear) (the bit|the part) about',
  '(the part|the bit|the step) (in|about|where|with)', 'read me the part about', 'tell me again about',
  // Jamaican English: "tek mi back to di part weh yuh score di skin" (the skill reads the words, vocabulary/en/caribbean.ts).
  'tek mi [right|straight] back to',
];

/** Carriers around the words: "repeat the simmer step", "the pairing one again". */
const AROUND_STEP = [
  `(repeat|read me) the ${Q} (step|bit|part|one) [again]`, `the ${Q} (step|bit|part|one) again`, `(go|skip|jump|take me|go back) to the ${Q} step`,
  // "where does the rack and baking sheet come in": the step that uses it, named by what it does or holds.
  `(where|when|at what point) (does|do) ${Q} come in`,
];

/** Carriers said after the words: "the tablet says preheat the oven, go there", "glaze now go". */
const AFTER_STEP = ['(go there|now go|take me there|I want that one again|take me to that|go to that one)'];

/** How many of the commonest lead-ins are written before a carrier: the model is near its size limit. */
const TAUGHT_LEADS = 12;

/**
 * The request with the commonest lead-ins before its first carriers (the rest reach it as every
 * intent's do, fillers.ts): taught with one carrier each, and no tails, which a phrase slot would take.
 */
function carried(name: string, before: readonly string[], around: readonly string[], after: readonly string[]): IntentDef {
  const first = samples(`${before[0] ?? ''} ${Q}`);
  return {
    name,
    slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }],
    samples: samples(...before.map((c) => `${c} ${Q}`), ...around, ...after.map((c) => `${Q} ${c}`)),
    variants: [...LEAD_INS.slice(0, TAUGHT_LEADS).map((l, i) => `${l} ${first[i % first.length] ?? ''}`), `please go to the ${Q}`],
  };
}

/**
 * A hold with its reason said after it: "just a minute I'm getting the brush out", "pause here I
 * need to run to the store". The reason follows a hold of two words or more, or starts as a reason
 * does ("I need to", "I've got to"), so "hold on what's the oven temperature" stays a question.
 */
const HOLD_WHY = [
  `(hang on a minute|just a minute|one sec|give me a sec|give me a minute|pause here) ${Q}`,
  `(hold on|hang on|wait|pause) (I need to|I have to|I've got to|I gotta|let me|we need to|we have to|we've got to) ${Q}`,
  `(hold on|hang on|wait) [for me] while I ${Q}`,
  // "wait first let me wash my hand", "hang on our kid's at the door": a hold said first, or the door or phone that calls the cook away.
  `(hold on|hang on|wait) first [let me] ${Q}`, `${Q} (at|on) the (door|phone)`,
  `${Q} I'll [just] wait (till|until) it's (hot|ready)`,
  // "wait a moment the oven is not yet hot", "please wait I'll come back when it's out of the oven": a hold, then why or until when.
  `(wait|hang on|hold on|just) [half] a (moment|second|tick) ${Q}`, `[please] (wait|hold on|hang on) I'll ${Q}`, `I'll (come back|be back) ${Q}`,
  // "stand by", "pause there a moment", before the reason.
  `(stand by|pause there|pause there a moment|pause here a moment) ${Q}`,
  // Jamaican English: "wait deh likkle bit mi hand dem full a salt".
  `(wait|hold on) (deh|deh likkle bit|a likkle bit) ${Q}`,
  // "brb gotta take a call" (be right back: a hold, not a filler), "grabbing the foil hold on", "yeah yeah pause i'm gonna go watch tv" (issue 11).
  // Stopped short, or called away by someone else or something: "wait wait stop before i cut myself", "hang on he's crying",
  // "hold on i think something's burning", "wait for a while i will get the butter" (Filipino English).
  `[wait] (wait|hold on|hang on) stop ${Q}`, `(wait|hold on|hang on) (he's|she's|they're|the baby's|the kids are|someone's|something's|I think something's) ${Q}`,
  `(wait|hold on|hang on) (small|for a while) ${Q}`,
  `(brb|be right back) ${Q}`, `${Q} (hold on|brb)`, `(hold on|hang on|wait|pause) I'm (gonna|going to) ${Q}`,
];

/**
 * A goodbye said after narration, the narration in the phrase slot: "right that's in the fridge
 * i'm off to bed", "that was amazing thanks alexa bye", "that concludes it exit". The goodbye is
 * the last words, so a question that only mentions leaving ("can I leave it overnight") is never one.
 */
const GOODBYE_AFTER = [
  "(goodbye|good bye|bye bye|tara|ta ra|cheerio|see ya|bye for now|exit|quit|good night|goodnight|night night|see you tomorrow|see you later|see you in the morning)",
  "(I'm off to bed|I'm off to bed now|off to bed|I'm off now|I'm going to bed|time for bed|bed time)",
  '(thanks|thank you|cheers|ta) [alexa] (bye|goodbye|stop|exit)', "(that's everything|that's all|that's it) (stop|exit|bye|goodbye)",
];

/**
 * "next" said after narration, the narration in the phrase slot: "ok it's reduced next", "small piece
 * so it's crisp already next", "my oven's tiny but the pan just about fits right next". Never "next
 * step" last: "how long is the next step" asks about it. "so next" is TellIntent's; "okay next" is this intent's, so talk to
 * someone else before it ("honey sit down please okay next") moves on and is never read as a statement about the pork.
 */
const NEXT_AFTER = [
  '(next|next one|next please|right next|then next|next one please|onto the next one|on to the next one|okay next)',
  // "the cooker's heating up go on", "that's done go on": what is ready, then "go on" (Northern English for next).
  '(up|in|done|ready|hot|on) go on [then]',
  // A guess at what comes next, put to be confirmed: "slicing next yeah", "the glaze is next right". The next step read answers it.
  '[is] next (right|yeah|innit|is it)',
];

/** "next" said before a party's chatter: "okay okay next one sorry everyone's talking". */
const NEXT_BEFORE = [
  '[okay|okay okay|right|alright] (next|next one|next step) sorry',
  // A guess at what comes next: "so next is the oil right", "is the next bit the fridge or the oven".
  '[so] next is', 'is the next (bit|step|one|thing)', "(so|and) the next (bit|step|one|thing)'s",
  // A grumble after it (issue 11): "skip this i'm not waiting".
  '(skip this|skip it)',
  // The overnight step done, said first: "that's it in the fridge so it is bring me on to the oven part" (it had been goodbye, "that's it").
  "(that's it|that's her|that's them) in the fridge [now] [so it is]",
];

/** Leaving for now said as narration, whole: "cheers that's us done", "i'll come back to this tomorrow". */
const GOODBYE_SAID = [
  "(cheers|thanks|right) that's (us|me) (done|finished)", "that's us (done|finished|sorted)", "[right|okay] that's me off to bed [now]",
  "(I'll|we'll) (come back to|finish) this (tomorrow|later) [goodbye]", "[dat's it|that's it] mi done [fi now] [tanks]", '(tara|ta ra) [then|now|love]', "[thank you] that's everything (stop|exit)", "[thank you] that concludes it (stop|exit|goodbye)",
];

/**
 * Plain moves in other Englishes and word orders: "go on back a step", "shoot back up one", "go on
 * ahead", "what is the step before of this", "which step I am now", "where we at", "we begin",
 * "I reckon that's it for today". Written once each (no wrapped copies): the intents' own
 * grammars already teach their lead-ins and tails.
 */
const PLAIN: readonly { readonly name: string; readonly samples: readonly string[] }[] = [
  {
    name: Intent.PreviousStep,
    samples: [
      '(go|come) on back [a step|one] [for me]', '(shoot|scoot|hop|jump) back [up] (one|a step|a bit)', 'back up (one|a step)',
      '(go|take me) to the (step|one) before [this|this one|that]', "(what is|what's|which is) the (step|one) before [of] (this|that)",
      'what was the (last|previous) one',
      // A vague word for the step before: "the thing before", "that bit before this one".
      'the (thing|bit) before [this]',
    ],
  },
  {
    name: Intent.NextStep,
    samples: [
      '(go on|you can go) ahead [now]', 'go ahead now', 'go on ahead then', 'done with that go on',
      // Moving on hedged, or asked leave for: "okay next i guess", "is it okay to move on yet".
      '[okay] next I guess', '(is it okay|is it time) to move on [yet] [next]',
    ],
  },
  {
    name: Intent.WhereAmI,
    samples: [
      '(which|what) step (I am|we are) [on] [now]', "where (we|we're|I) at [now]", 'where (are we|we) at in (this thing|the recipe) [anyhow|anyway]',
      // Nigerian Pidgin: "how far which step i dey now" ("how far", a greeting; "dey", am).
      '[how far] which step I dey [now]',
    ],
  },
  {
    name: Intent.StartOver,
    // "ag let's do it all again from the start" (South African "ag" is slang, fillers.ts).
    samples: ['return [please] to the (beginning|start)', 'go back please to the (beginning|start)', "let's do it all again [from the (start|top)]"],
  },
  {
    name: Intent.StartCooking,
    samples: [
      // Nigerian Pidgin "abeg make we start"; the US South's "let's get fixin'" (about to cook).
      '[abeg] make we start', "let's get fixin'",
      '[alrighty|alright] let\'s get (this|the) show on the road', 'we (start|begin) [now]', '(start|fire) up the recipe', "let's fire [it] [up|away]", 'fire it up', 'let\'s start up'],
  },
  {
    name: Intent.Stop,
    samples: ['(I reckon|I guess) that\'s (it|all) for today [y\'all] [thank you kindly]', '(is|it\'s) (finish|finished) for me [thank you bye|bye]'],
  },
];

export function movesModel(): ModelFragment {
  return {
    intents: [
      carried(Intent.GoToWords, TO_STEP, AROUND_STEP, AFTER_STEP),
      { name: Intent.HoldOnReason, slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }], samples: samples(...HOLD_WHY) },
      { name: Intent.StopSaid, slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }], samples: samples(...GOODBYE_AFTER.map((c) => `${Q} ${c}`)) },
      { name: Intent.Stop, samples: samples(...GOODBYE_SAID) },
      { name: Intent.NextSaid, slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }], samples: samples(...NEXT_AFTER.map((c) => `${Q} ${c}`), ...NEXT_BEFORE.map((c) => `${c} ${Q}`)) },
      // "stand by", "hold on just now just now": a hold said the South African or radio way.
      { name: Intent.HoldOn, samples: samples('stand by [a (sec|second|moment|minute)|please]', '(hold on|hang on|wait) just now [just now]', 'just now just now') },
      // An interruption named after the hold: "hold on, doorbell", "hang on, the phone".
      { name: Intent.HoldOn, samples: samples('(hold on|hang on) [the] (doorbell|door|phone)', 'brb') },
      // "can we skip the fridge part", "skip the scoring step": on past a part or a step, named as any part is.
      {
        name: Intent.SkipPart,
        slots: [{ name: Slot.Phase, type: SlotType.Phase }, { name: Slot.Query, type: 'AMAZON.SearchQuery' }],
        // A step named in words no part has ("skip the preheat step"): the words as spoken, read by step-by-words.ts.
        samples: samples(`[can we|can I|let's|please] skip the {${Slot.Phase}} (part|bit|section|step|stage)`, `skip [over] the {${Slot.Phase}}`, `[let's] skip [past] the {${Slot.Query}} step`),
      },
      // "to slice and serve": a part named after "to" alone, as a cook answers "where to?".
      { name: Intent.GoToPhase, slots: [{ name: Slot.Phase, type: SlotType.Phase }], samples: samples(`(to|on to|onto) {${Slot.Phase}}`) },
      // The part named after "of" (Filipino English): "go to the part of the slicing".
      { name: Intent.GoToPhase, slots: [{ name: Slot.Phase, type: SlotType.Phase }], samples: samples(`(go|skip) to the part of [the] {${Slot.Phase}}`) },
      ...PLAIN.map((p) => ({ name: p.name, samples: samples(...p.samples) })),
    ],
  };
}
