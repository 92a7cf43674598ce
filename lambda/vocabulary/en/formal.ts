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
  ["^((please |kindly )*(would|could) you( kindly)?( be so kind as to)?( (tell|remind) me)?( explain)?|((please |kindly )*(inform|advise)|(please |kindly )+remind) me( of| on| about)?)(?= \\w)", ''],
  ["^i('d| would) (like|be grateful)( to know)?", ''],
  ['ought to', 'should'], ['remains', 'is left'], ['i shall require|(is|are) required', 'do i need'],
  ['the (weight|amount) of', 'how much'], ['currently|strictly|in advance', ''],
];
