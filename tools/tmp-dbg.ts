import { porkBelly } from '../lambda/recipe';
import { placeFromWords } from '../lambda/handlers/step-by-words';
for (const [w, c] of [['place it on the rack in the roasting pan', 10], ['start of this', 17], ['very last step', 24], ['pairing suggestions', 21]] as const) console.log(w, '->', placeFromWords(porkBelly, w, c));
