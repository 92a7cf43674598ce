/**
 * The over-polite frame and the formal words inside it, as a cook says a request or a question
 * ("please inform me which step i am currently on", "i would like to know whether the butter is
 * strictly necessary", "please inform me of the weight of pork belly required", "what equipment i shall
 * require"), read by lambda/vocabulary/pidgin.ts into the English the skill's readers already know. The
 * frame's words, not its sentences: "inform me of", "i would be grateful to know", "would you be so
 * kind as to" ask nothing of their own; "ought to" is should, "remains" is left, "i shall require" do I need, "the weight
 * of" how much, "currently" and "strictly" only weigh the words. Each rule is a regular expression over the words joined by spaces, and
 * its English, in the order applied.
 */
export const FORMAL_WORDS: readonly (readonly [string, string])[] = [
  // The frame before what is asked, said first: what follows is the question or the request.
  // "tell me" and "remind me" only inside a formal frame: "tell me the next step" asks as it is.
  ["^((please |kindly )*(would|could) you( kindly| please)?( be so (kind|good) as to)?( (tell|remind|inform|advise) me( (of|on|about|as to))?)?( explain)?|(please |kindly )+remind me( (of|about))?|(please |kindly )*(inform|advise) me( (of|on|about|as to))?|explain)(?= \\w)", ''],
  ["^(i would|i'd|i should) (like|be grateful|be glad|appreciate)( it)?( to (know|hear|learn))?( (if you (could|would) tell me))?", ''],
  ['ought to', 'should'], ['remains', 'is left'], ['(i|we) (shall|will) (require|need)|(is|are) required|(i|we) require', 'do i need'],
  ['(the )?(weight|quantity|amount) of', 'how much'], ['currently|strictly|in advance', ''],
];
