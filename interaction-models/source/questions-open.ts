import { Intent, Slot } from '../../lambda/intents';
import { samples } from './expand';
import { LEAD_INS, wrapped } from './fillers';
import type { IntentDef } from './types';

/**
 * Open questions: most of what a cook asks will never match a fixed sample, so these carry an
 * AMAZON.SearchQuery phrase slot beside a carrier phrase ("should I {query}", "{query} how long"),
 * and the skill answers from the recipe's facts. Alexa's rules for a phrase slot: a carrier phrase
 * is required (a sample that is the slot alone does not build) and no other slot may share the
 * sample. Alexa sends only the slot's words, so what the carrier asks is kept by the intent: one
 * per kind of question ("how long {query}" sends only what follows "how long").
 */
const Q = `{${Slot.Query}}`;

/** Said before a question ("okay so why ..."); fewer than other intents take, to stay inside the model's limits. */
const LEAD =
  '[um|okay|okay so|so|and|and then|hang on|wait|sorry|um sorry|hey|right|alright|oh|quick question|quick|actually|well|now|' +
  'sorry but|hi sorry|sorry if this is silly but|one more thing|also|just wondering|hmm]';

/** The commonest lead-ins only, for intents with many carriers. */
const SHORT_LEAD = '[um|okay|okay so|so|and|hang on|wait|sorry|oh]';

/** Wrapped forms that still end in the phrase slot, one carrier each: lead-ins and frames, no tails. */
function leadsOnly(forms: readonly string[]): string[] {
  return [...new Set(forms.filter((f) => f.endsWith(Q)))];
}

/**
 * An intent from carriers said before the question's words, and carriers said after them ("{query}
 * how long"); `framed` carriers are a frame already and take no lead-in.
 */
function intent(name: string, before: readonly string[], after: readonly string[] = [], lead = LEAD, framed: readonly string[] = []): IntentDef {
  const carried = samples(...before.map((c) => `${c} ${Q}`));
  // A lead-in of filler words is learnt once for the whole intent (tools/wrapped-match.ts, Amazon's
  // guidance), so it is written with the first two carriers (as their templates expand) only; so is a question's lead-in of other
  // words ("one more thing", "sorry if this is silly but": fillers.ts QUESTION_LEADS), which wrapped-match.ts
  // learns as it learns "um". Written before every carrier, those cost the model 9,000 characters.
  return {
    name,
    slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }],
    samples: samples(...before.map((c, i) => `${i < 2 ? lead : ''} ${c} ${Q}`), ...after.map((c) => `${Q} ${c}`), ...framed.map((c) => `${c} ${Q}`)),
    // The lead-ins the short list leaves out, the casual words and the frames (fillers.ts), each
    // taught with one carrier; only lead-ins, since a tail after the phrase slot would be its words.
    variants: leadsOnly([...LEAD_INS.filter((l) => !lead.slice(1, -1).split('|').includes(l)).map((l) => `${l} ${carried[0] ?? ''}`), ...wrapped(carried)]),
  };
}

/**
 * A cook who narrates rather than asks ("i brushed it all on", "everything's in the pan", "mine came
 * already scored", "juices are pooling on the board already"): the subject and verb a statement
 * starts with, and the words it ends with, as carriers of TellIntent. The skill reads the words
 * against the cook's step (lambda/facts/statement.ts): a step done, a step skipped, a reading, or a
 * worry the recipe's advice answers. Few and broad, by grammar rather than by phrase: a past-tense
 * action of this kind of recipe, a "have" or "already", a thing's state, a closing "already" or "all on".
 */
const STATEMENT_STARTS = [
  "(I've|we've|I just|we just|I already|we already|I've just|we've just|I've already|just opened|just tasted|just checked|just took|I don|we don)",
  // The actions of a recipe like this one, said as done; not "got", "did" or "went", which start anything ("i got distracted").
  '(I|we) (brushed|poured|added|sliced|scored|patted|placed|rubbed|sprinkled|whisked|tasted|mixed|stirred|finished|opened|checked|skipped|dried|pulled)',
  "(everything's|everything is|it's all|that's all|they're|they are|all|it's now|that one's|all of it is)",
  '(tasted|tried|opened|checked|mine came|mine was|mine has|ours came|it came)',
  // Where it now is, said before a question: "that's it in the oven how long does it go for" (never "that's it", goodbye).
  "(that's it|that's them) (in|out of) the (oven|pan)",
  // "oops i think i went a little too deep": a slip owned up to, with the action it was.
  '(I think I|I think we) (put|added|went|cut|used|left|poured|forgot|overdid|burnt|burned)',
  // Only the thermometer as a subject: any other thing's name is what the skill must hear, so it stays in the slot ("{query} already").
  "(thermometer says|thermometer reads|thermometer's at|the thermometer's at|probe says|the probe's at)",
];
/**
 * Other dishes a cook makes beside this one: a request is often said after an aside about one ("the
 * lamb's in the other oven at three fifty, what does the pork need"). The aside's subject and verb
 * carry TellIntent; the skill finds the question after the aside (lambda/vocabulary/asides.ts) and
 * answers it alone, never the aside's figures. Plural names end in "s" and take "are".
 */
/**
 * What the cook says first about their own kitchen or last time, before what they ask (issue 11): "last
 * time the skin didn't crackle what did i do wrong", "same as before two seventy five right", "my
 * friend's oven only shows celsius what do i set it to", "the guy in this video turns his pan halfway
 * do i do that too". The statement's subject carries TellIntent; the skill answers the question said
 * after it, with the statement's own words (lambda/vocabulary/asides.ts, handlers/questions/open.ts).
 * Subjects only, never a whole statement: what the cook says of it stays in the slot.
 */
const SITUATIONS = [
  '(last time|last go|the last time|same as before|same as last time|like before|like last time|I did this before)',
  '(I did|I only did|I only left|I only had|we had|there was|I remember)',
  // How the cook's family always did it: "my mother always roasted hers hot the whole way through why so low".
  '(my mother|my mum|my mom|my nan|my gran|my grandmother|my grandma) (always|used to)',
  "(their|this|his|her|our|my friend's|my mum's|my mom's|my sister's) (oven|oven's|stove|stove's|hob|hob's|cooker|cooker's)",
  '(the|this) (guy|lady|chef|woman|man) (in this video|in the video|on youtube)',
  "(I don't know this|I've never used this|I'm not used to this) (oven|stove|hob|cooker)",
  // A narration that runs on before the request at its end ("the thermometer's saying about one forty ... so what should it be reading").
  "(the oven's|the thermometer's|I'm going to|I'm about to|I figured|I don't even know|honestly I)",
];
const OTHER_DISHES = [
  'lamb', 'chicken', 'turkey', 'beef', 'roast beef', 'ham', 'brisket', 'gravy', 'potatoes', 'roast potatoes', 'mash', 'sprouts',
  'veg', 'carrots', 'peas', 'rice', 'stuffing', 'rolls', 'yorkshires', 'gratin', 'sauce', 'soup', 'salad', 'pie', 'pudding',
  'cake', 'bread', 'trifle', 'cheesecake', 'cranberry sauce', 'green beans', 'parsnips', 'pasta', 'fish', 'other dish',
];
const ASIDES = [
  ...OTHER_DISHES.flatMap((d) => (d.endsWith('s') ? [`the ${d} are`, `my ${d} are`] : [`the ${d}'s`, `my ${d} is`])),
  '(while|whilst) (I|I\'m|the|my|it\'s)',
  "(I was|I've been|I need to|I have to|I'm also)",
];

/**
 * The other half of the choices the recipe makes for the cook, as said after "or": which way up, how
 * it is covered, on what it sits, on or off the heat, which salt, which side, how thick, when.
 */
const CHOICES = [
  'down', 'skin side down', 'skin down', 'side down', 'down in the tin', 'down in the pan', 'up', 'skin side up',
  'no foil', 'loose', 'loosely', 'tight', 'tightly', 'covered', 'uncovered', 'open', 'with a lid',
  'the rack', 'rack', 'on the rack', 'the pan', 'pan', 'straight in the pan', 'a plate', 'on a plate', 'the tin',
  'off', 'off the', 'off the heat', 'on the heat', 'on',
  'kosher', 'the kosher', 'the kosher one', 'fine', 'the fine one', 'table salt', 'only the salt', 'just the salt',
  'the meat', 'the meat side', 'meat side', 'the skin', 'just the skin', 'without the skin', 'without', 'under',
  'thick', 'thin', 'thicker', 'thinner', 'deep', 'shallow',
  'after', 'before', 'later', 'the day before', 'tomorrow', 'at the table',
  'wholegrain', 'ground', 'fresh', 'dried', 'powder', 'oil', 'butter',
];

/**
 * Someone at the table whose needs come before the question ("my sister hates ginger do I have to put it
 * in", "one guest is dairy free what do I do about the butter"): the person and what they can't have carry
 * AskWhatIntent, and the skill answers the need and the question in the words from the recipe's facts (a
 * swap, or whether it is optional); not TellIntent, which reads its words as a problem to put right.
 */
const DINERS = '(my (wife|husband|partner|kid|mum|dad|sister|brother|friend|guest)|one (guest|of my friends)|someone|a guest)';
const DINER_NEEDS = [
  `${DINERS} (can't have|can't eat|doesn't eat|hates|doesn't like|is allergic to)`,
  `${DINERS} is (dairy free|gluten free|coeliac)`,
];

const STATEMENT_ENDS = [
  '(already|by now|at all|like crazy|all over|it all on|it all in|all in|all on|all done|honestly)',
  '(so move on|so carry on|so skip it|so skip this|so skip this one|so next|so on we go)',
];

/**
 * A word to a child said first, then what the cook asks ("sweetie get down how hot is it now", "not now mummy's
 * cooking how long does it rest", "buddy wait your turn next"): TellIntent carries it as it carries an aside about
 * another dish, and the skill answers the question or does the request said after it (vocabulary/asides.ts).
 * "kids" is said last of a command too: its words are the serving question's ("is it okay for kids").
 */
const TO_A_CHILD = [
  '(sweetie|sweetheart|buddy|kiddo|kids|guys)', '(not now|in a minute|stop it|stop that|get down|careful|be careful|no touching|hands off) [kids]',
  "(mummy's|mommy's|mum's|mom's|daddy's|dad's) (busy|cooking)", "[no] you can't (have|touch)", '(put|leave) (that|it|the knife) down',
  '(stay|keep) (back|away) from the (oven|stove|hob) [kids]', '[go] (wash|dry) your hands',
];

export const openIntents: IntentDef[] = [
  intent(
    Intent.AskWhat,
    [
      "(what|what's|what is|what are|whats|what was|wetin)", '(what do|what should|what can|what does|what did|what would) (I|you|we|it)',
      '(which|which one|where|where do I|where does|where should I|who|whereabouts)', '(tell me|remind me|explain|give me|remind me what|abeg)',
      '(the recipe says|it says|the recipe said|it said|the printed recipe says|the book says|someone said|they say|I read)',
      '(the method says|the intro says|the ingredients say|the ingredients list|the ingredient list says|the equipment list says|the list says|the notes say|the chef notes say|in brackets it says|under)',
      '(I want to know|I need to know|I was wondering|I wonder|I was told|I heard)', 'any (tips|advice|idea|ideas) (on|for|about)', 'any (trick|tricks|tip) (to|for)',
      '(before I get started|before I start|for this step|on this step|at this step)',
      '(is there anything|anything|is there something|something) (I can do|I can try|we can do|I should do)',
      // "anything to finish it off with": what the recipe offers for a purpose.
      '(is there anything|anything|something) to',
      // "back when we scored it how far apart were the cuts": a question about a step gone by, named by what was done.
      '(back when|earlier when) (we|I)',
    ],
    [
      '(which side|which way|which one|where|what kind|what type|or what|what with|again what|abeg)',
      // A question said last, after its topic ("two hours or two and a half which", "out of butter now what",
      // "glaze what goes in quick", "target temp fahrenheit and celsius both"): the topic is the slot.
      '(which|which is it|which one is it|which is right|which is which|which is|now what|both|what goes in|what goes in it|what goes in quick|what is it|is what)',
      // A worry said after the question ("skin up or skin down I really don't want to get this wrong"): the
      // question is the slot; the skill takes the worry off as it takes a tag (lambda/vocabulary/tidy.ts).
      "(I really don't want to get this wrong|I don't want to get this wrong|I don't want to mess this up|I want to be sure|just to be sure|just to be safe|which is safer)",
      // "got no vinegar what do I use": what the cook lacks, then the question.
      '(what do I use|what can I use|what should I use|what else can I use|what do I use instead|what can I use instead|wetin I fit use|what I fit use|wetin I go use)',
      // A terse power user's keyword after the topic: "oil type", "gluten free swap", "salt brand".
      '(type|kind|brand|swap|sub|substitute|alternative|replacement|option|options)',
      // A choice of two with no question word ("foil or no foil", "skin side up or down in the tin", "the butter
      // on the heat or off the"): the second of the recipe's own either-ors is the carrier, and the first is asked
      // (the fact that answers it names the right one). Only the recipe's choices, so "X or Y" about anything
      // else still gets no carrier.
      `or (${CHOICES.join('|')})`,
      // The same choice cut off after "or" ("cover it or", "foil on tight or", "thick layer or"): the first of the
      // recipe's either-ors is asked, and the skill answers it as above.
      'or',
    ],
    SHORT_LEAD,
    [
      ...DINER_NEEDS,
      // The printed recipe's parts, read out before the question ("the bracket says do not exceed um exceed
      // what"): the words after "says" are asked. Not "section four says": a request often follows a
      // section's name ("section four says rest ten minutes, timer please"), and this carrier would take it.
      '(the bracket|the brackets|the printed bit|the troubleshooting part|the troubleshooting bit|the chef notes|the note|the tip) says',
      // Word order of other languages, the question word after its preposition: "with what I cover the meat now".
      '(with what|in what|on what|under what) [I|do I]',
      // Irish English: "have you the amount of maple syrup there".
      '(have you|have you got) (the|)',
      // "please which things I need for make the glaze": which things, said of what the recipe lists.
      '(which things|what things) [do I|I]',
      // The technical register: "to what depth should the scoring penetrate", "specify the distance between the rack and the broiler".
      '(to what|at what|by what)', '(specify|state|indicate|describe|identify)',
      // The question word after the verb, as other languages put it: "i cover it with what when it is resting".
      'I (cover|put|leave|serve|dry) it (with|in|on) what',
      // Jamaican and Trinidadian "wah" (what): "wah step mi deh pon now"; the skill reads the rest (vocabulary/en/caribbean.ts).
      'wah',
    ],
  ),
  // "skin up or down", "which way up does it go": which way round, a question whose form is its carrier.
  intent(
    Intent.AskSide,
    ['(which way up|which side up|which way round|which way around|which way|which side|what side|what way up)'],
    ['(up or down|down or up|side up or down|side up or side down|facing up or down|face up or face down|which way up|which side up|which way round|side up or skin side down|up or skin down)'],
    SHORT_LEAD,
  ),
  intent(
    Intent.AskHow,
    [
      // "how do I know when ..." is carried by "how do I": its "know when" tells the skill a readiness question.
      '(how|how do I|how do you|how should I|how can I|how would I|how does|how is|how are|how will I|how shall I)',
      // Southern and casual: "how'm I gonna know when it's done", "how am I gonna tell".
      "(how'm I|how'm I gonna|how am I gonna|how am I going to|how're we|how do we|how can we|how should we|how will we)",
    ],
    // "reduce to what like how thick": the measure asked last, after what it is of.
    ['(how|[like] how (thick|thin|dark|brown|crisp|crispy|big|far|deep|wide))'],
  ),
  // A length asked by its noun, as a terse power user says it: "slice thickness", "rack distance broiler".
  intent(
    Intent.AskLength,
    [],
    ['(thickness|distance|depth|width|spacing|gap|height)',
      // "portion thickness for plating": the measure and what it is for.
      '(thickness|size) for (plating|serving|slicing)'],
    SHORT_LEAD,
    ['[rack] distance [from|to] [the]', '(thickness|depth|width|spacing) (of|for) [the]', '(rack|shelf) (height|position) [for|from] [the]'],
  ),
  intent(
    Intent.AskTime,
    [
      "(how long|how long's|how long is|how long do I|how long does|how long should|how many minutes|how many hours|how much time)",
      '(when|when do I|when should I|when does|when is|when can I|at what point|until when|till when|what time|when do we|when should we|how long do we)',
      '(when do I|when should I|when can I) (start|start on|start with|get going on|begin|begin on)',
    ],
    // "roast duration", "rest timing": a power user's keyword after what it is of.
    ['(how long|for how long|how many minutes|how many hours|when|how long for|time|duration|timing|cook time)',
      // "after taking out from the fridge how long to keep outside", "overnight means how many hours exactly".
      '(how long|how many minutes|how many hours) to (keep|leave|wait|let it|keep outside|keep it)',
      '(means|mean|is) (how long|how many hours|how many minutes) [exactly]',
      // "with the fan how long i leave it": the verb after its question word, without "do" (other languages' order).
      '(how long|how many hours) (I|we) (leave|keep|cook) it',
      // A chef's shorthand: "rest time before it goes to the pass".
      'time before (it goes to the pass|it goes out|serving|slicing|carving|plating)'],
    LEAD,
    // "for how many hours it stay inside the oven".
    ['for (how long|how many hours|how many minutes)'],
  ),
  intent(
    Intent.AskAmount,
    ['(how much|how many|what amount of|what quantity of)'],
    // "the pepper how much I use of it": the thing first, then how much of it (word order of other languages).
    // "pork belly weight": a terse amount asked by its measure's noun.
    ['(how much|how many|quantity|amount|weight|size)', '(how much|how many) (I|do I) (use|need|put) [of it]',
      // "kosher salt how many teaspoon to put", "the fine sea salt how much ah": the thing first (Indian and Singaporean English).
      '(how much|how many) (ah|lah|leh|to put|to add|to use|teaspoon to put|teaspoons to put|spoon to put|spoons to put)',
      // "the baking soda how much exactly i put".
      '(how much|how many) exactly (I|do I) (use|need|put)'],
  ),
  intent(
    Intent.AskTemperature,
    ['(how hot|what temperature|what temp|what setting|what temp is|what temperature is)'],
    ['(how hot|what temperature|what temp|temperature|temp|what heat|how many degrees)'],
  ),
  intent(
    Intent.AskWhy,
    ['(why|why do I|why do we|why does|why is|why are|why should I|how come|why would|why\'s|why\'s it|why is it)', "what's the point of"],
    ['(why|why is that|why\'s that)'],
    LEAD,
    // "for what is the butter in the glaze good": the question word after its preposition, as other languages put it.
    ['for what [is|are|do I|I]'],
  ),
  intent(
    Intent.AskYesNo,
    [
      '(should I|can I|could I|do I|do I have to|do I need to|do I need|must I|shall I|would it|will it|does it|does the)',
      '(is it|is the|is there|is this|is that|are the|are there|am I|is it okay to|is it ok to|is it okay if|is it alright to)',
      "(isn't|isn't it|isn't the|won't|won't it|wouldn't|shouldn't|would the|will the|should the|can the|could the|does that|do you)",
      '(what if|what happens if|what if I|what about)', '(can I use|can I skip|could I use|do I flip)',
      // A family cooking together asks as "we": "do we need the ginger", "do we really have to wait all night". Not
      // "can we": that asks for a move as often ("can we go back, I'm not sure I did the last one right").
      '(do we|should we|must we|do we have to|do we need to|do we really have to|are we|have we)',
      // Irish English asks "will I" for "shall I": "will i cover it with cling film or leave it bare".
      '(will I|will we)',
      // A fact half remembered: "was it the orange juice or the vinegar".
      '(was it|was that)',
    ],
    [
      "(or not|is that right|is that normal|is that okay|is that ok|is that enough|is that bad|is that what's supposed to happen|is that fine|or no)",
      // "apple cider vinegar is pricey can I use something else": the thing and why not, then the swap asked for.
      '(can I|could I) use (something|anything) else',
      // Checked by a tail alone ("salt in the glaze yes or no", "glaze it now or at the table", "is that gonna be alright").
      '(yes or no|correct|right or wrong|now or later|now or after|now or at the table)',
      // A thing checked by its topic, then "is okay" (other languages' order): "the soy sauce is okay".
      '(is okay|is ok|is fine)',
      '(is that|will that) (gonna|going to) be (alright|okay|fine)',
      // Indian, Singaporean and Malaysian English end a question on its tag ("must score the skin is it", "soy sauce
      // also can", "can put on plate or not"); the skill takes the tag off the slot's words (lambda/vocabulary/tidy.ts).
      '(is it|also can|can or not|can also|also can or not|can is it|can ah|can lah|is it ah|or not ah|or not lah|isn\'t it)',
      // A figure checked, its alternative left unsaid: "so it roasts for two hours or was it" (tidy.ts takes it off).
      '(or was it|or is it)',
      // A guess put for the skill to confirm, with its tag: "it goes in the fridge uncovered innit", "ten minutes under the
      // grill sound about right" (tidy.ts takes the tag off what a device sends in the slot).
      '(innit|sound about right|sounds about right|sounds right|have I got that right|am I right)',
      // A particle said last that softens or asks (Filipino "ba", Malaysian "ah", Jamaican "nuh", "fi mi"): "can repeat again ah",
      // "mek we start nuh", "de skin popping dat normal"; the skill takes it off and reads the request or question before it.
      '(ba|nuh|fi mi|[is] dat (normal|okay|alright))',
      // A statement, often in the negative, with its question tag last: "i don't need to cover it do i", "you didn't say
      // how much salt did you", "it shouldn't be blistering yet should it", "there's no need to dry the meat side is there".
      // The statement is the slot, and the facts that answer it say whether it holds.
      '(do I|did I|am I|should I|shall I|would I|will I|could I|can I|have I|must I|do we|should we|did we|are we|did you|do you|have you|are you|would you|does it|did it|should it|would it|will it|has it|was it|is there|was there|are there|are they|do they|does he|does she)',
    ],
    LEAD,
    [
      // A yes-or-no question asked inside a frame: "I should like to know whether the skin goes up".
      "(I'd like to know|I should like to know|I want to know|could you tell me|can you tell me|may I ask|I wonder|I was wondering|do you know) (whether|if)",
      // Asked in the order of a statement ("I must wash the meat before or only make it dry") or in dialect ("do I gotta cover it").
      // Not "I should", "I need to": "I should like to begin", "I need to go back" are requests, not questions.
      '(I must|we must|must be|I gotta|do I gotta|I oughta|should I oughta|do we gotta|is it gonna|is that gonna)',
      // Northern English asks a duty with "have" first: "have I to dry the meat an all".
      '(have I to|have we to)',
      // "must keep on the rack or can put on plate": the duty asked first, without its subject (Indian and Singaporean English).
      '(must|must I|must we|now can|can I also|also can I)',
      // A figure checked: "is one fifty five too high", "is two seventy right".
      'is',
      // Which of two, asked of what was said (list N): "did it say five hundred or fifteen hundred".
      '(did it say|did you say|did the recipe say|does it say|should it be|is it meant to be|is it supposed to be)',
      // A nervous double-check said first: "just double checking it's only half a teaspoon isn't it".
      '(just double checking|double checking|just checking|just to check|just to confirm|just to be sure)',
      // "skipping the butter can I just use oil": what the cook leaves out, then what they would do instead.
      "(skipping|if I skip|I'm skipping|leaving out|if I leave out|I'm leaving out)",
      // What follows from doing something, asked formally: "what is the consequence of exceeding the quantity".
      '(what is|what are|what would be) the (consequence|consequences|effect|result) of',
      // Jamaican English: "mi cyan use orange juice instead", "yuh want mi fi dry it wid paper towel" (vocabulary/en/caribbean.ts).
      '(mi cyan|mi can|mi fi|(yuh|you) want (mi|me) fi)',

    ],
  ),
  intent(
    Intent.Tell,
    [
      "[the|my] (skin is|skin's|skin has|crackling is|crackling's|meat is|meat's|pork is|pork's|glaze is|glaze's|skin looks|crackling looks)",
      "(it's|it is|it has|it looks|it seems|it smells|it tastes|it went|it's got|its)",
      "(some bits are|some of it is|some parts are|one side is|one side's|one end is|the edges are|the top is|the bottom is)",
      "(I think it's|I think the skin is|I think the meat is|I've got|I have|I don't have|I haven't got|I've no|I only have|I'm out of|I ran out of|I used|I put|I left|I'm worried|I'm scared)",
      "(mine's|mine is|my pork is|my oven|my oven is|my skin is|my crackling is|my meat is|my glaze is)", "(there's|there is|there are)", '(the thermometer says|the thermometer reads|the probe says|it reads)',
      "(the timer|the oven|the fridge|we're|I'm|we are|I am)",
    ],
    ['(what do I do|what should I do|what now|help|what am I doing wrong|what went wrong|wetin I go do|what I go do|wetin I fit do|wah mi fi do|wah fi do)', ...STATEMENT_ENDS,
      // "no butter in the house what to do", "no time to keep overnight lah what to do".
      '(what to do|what to do now|what to do ah|what to do lah|what can do|how now)'],
    SHORT_LEAD,
    // "mi nuh have no rack fi di roasting pan" (Jamaican English: I don't have).
    [...STATEMENT_STARTS, ...ASIDES, ...SITUATIONS, 'mi nuh (have|got)', ...TO_A_CHILD],
  ),
  // "temperature celsius", "target celsius", "finish temp fahrenheit": the scale said last is kept by the intent.
  // Said first too: "in celsius what's the finish temp".
  // "my oven's only got celsius what do I set it to": a cook whose oven has only the one scale.
  intent(Intent.AskMetric, [], ['(celsius|in celsius|centigrade|in centigrade|degrees celsius|in degrees celsius|metric|in metric|in degrees centigrade)'], SHORT_LEAD, [
    "(in celsius|in centigrade|in metric) [what is|what's|how hot is]", "my (oven's|oven) only (has|got|does|shows) celsius", "my (oven's|oven is) in celsius",
  ]),
  intent(Intent.AskImperial, [], ['(fahrenheit|in fahrenheit|degrees fahrenheit|in degrees fahrenheit|imperial|in imperial|in us units|in american units)'], SHORT_LEAD, ["(in fahrenheit|in imperial|in american units) [what is|what's|how hot is]"]),
  // A statement its carrier denies: what follows is what the cook has not done or cannot do. What
  // the cook lacks ("I don't have", "I've no") stays a statement: it names a swap or a skip.
  intent(
    Intent.TellNot,
    [
      "(I forgot|I forgot to|I didn't|I can't|I've never|I haven't|we didn't|we haven't|we forgot to|I never)",
    ],
    [],
    SHORT_LEAD,
  ),
];
