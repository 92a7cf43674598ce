import type { RecipeWords } from '../types';

/**
 * What cooks call the pork belly recipe's things, by the recipe's ids: the slot synonyms of the
 * interaction model and the names the resolver matches a slot's words against. The recipe itself
 * keeps only its own names (lambda/recipe); ways of saying them live here.
 */
export const porkBellyWords: RecipeWords = {
  ingredient: {
    'pork-belly': [
      'pork', 'the pork', 'belly', 'pork belly', 'meat', 'the meat', 'slab of pork belly',
    ],
    'kosher-salt': [
      'salt', 'kosher', 'coarse salt', 'salt for the meat', 'meat salt',
    ],
    'sea-salt': [
      'salt', 'sea salt', 'fine salt', 'salt for the skin', 'skin salt',
    ],
    'baking-soda': [
      'bicarb', 'bicarbonate', 'bicarbonate of soda', 'bicarb soda', 'sodium bicarbonate', 'bread soda', 'soda',
    ],
    'neutral-oil': [
      'oil', 'grapeseed', 'grapeseed oil', 'canola', 'canola oil', 'rapeseed oil', 'cooking oil',
    ],
    'black-pepper': [
      'pepper', 'black pepper', 'ground pepper', 'ground black pepper', 'fresh pepper',
    ],
    'maple-syrup': [
      'maple syrup', 'syrup', 'maple', 'the syrup',
    ],
    'soy-sauce': [
      'soy', 'tamari', 'shoyu',
    ],
    'cider-vinegar': [
      'vinegar', 'cider vinegar', 'apple vinegar', 'acv', 'a c v', 'orange juice', 'fresh orange juice', 'juice',
    ],
    'dijon-mustard': [
      'mustard', 'dijon', 'yellow one',
    ],
    'ginger': [
      'ginger', 'fresh ginger', 'grated ginger', 'ginger root',
    ],
    'butter': [
      'butter',
    ],
    'flaky-salt': [
      'salt', 'flaky salt', 'finishing salt', 'salt flakes', 'sea salt flakes', 'maldon',
    ],
    'glaze-pepper': [
      'pepper', 'pepper for the glaze',
    ],
  },
  group: {
    'rub': [
      'rub', 'drying rub', 'dry rub', 'seasoning', 'skin rub', 'salt rub', 'pork belly rub', 'pork and rub',
    ],
    'glaze': [
      'glaze', 'maple glaze', 'sauce', 'maple sauce', 'glaze sauce',
    ],
  },
  equipment: {
    'roasting-pan': [
      'roasting pan', 'roasting tin', 'roasting tray', 'roaster', 'roasting rack', 'rack', 'pan',
    ],
    'knife': [
      'knife', 'very sharp knife', 'chef\'s knife', 'carving knife', 'utility knife', 'scoring knife',
    ],
    'drying-rack': [
      'baking sheet', 'wire rack', 'cooling rack', 'sheet pan', 'baking tray', 'tray', 'rack', 'drying rack',
    ],
    'saucepan': [
      'sauce pan', 'small saucepan', 'pot', 'small pot', 'pan',
    ],
    'thermometer': [
      'thermometer', 'meat thermometer', 'instant read thermometer', 'digital thermometer', 'probe',
      'temperature probe', 'probe thermometer', 'food thermometer',
    ],
  },
  phase: {
    'prep': [
      // Not "scoring" or "seasoning": those name a step of the prep ("go back to the scoring" is step 3's, step-by-words.ts).
      'prep the pork', 'prep', 'preparation', 'prepping', 'the prep', 'the rub',
    ],
    'dry': [
      'dry the skin', 'drying', 'dry', 'the drying', 'overnight', 'the fridge', 'drying the skin',
    ],
    'roast': [
      'low and slow', 'slow roast', 'the roast', 'roasting', 'roast', 'low roast', 'render the fat',
      // The technical register: "proceed to the low temperature roast", "the low temperature phase".
      'low temperature roast', 'low temperature', 'low heat',
    ],
    'finish': [
      'finish', 'the finish', 'crisping', 'crisp the skin', 'broil', 'broiling', 'the broiler', 'high heat',
      'the blast', 'finishing', 'high temperature', 'high heat phase', 'crackling', 'the crackling',
    ],
    'glaze': [
      'glaze', 'the glaze', 'maple glaze', 'the sauce', 'sauce', 'making the glaze',
    ],
    'serve': [
      'slice and serve', 'slicing', 'slice', 'serving', 'serve', 'the end', 'carving',
    ],
  },
  wait: {
    'refrigerate': [
      'dry', 'dry it', 'dry the skin', 'dry overnight', 'drying', 'the drying', 'fridge', 'the fridge', 'refrigerate',
      'refrigerate it', 'chill', 'chill it', 'air dry', 'leave it in the fridge', 'stay in the fridge',
      'sit in the fridge', 'be in the fridge', 'leave it uncovered',
    ],
    'temper': [
      'take it out of the fridge', 'take the pork out of the fridge', 'take it out', 'come to room temperature',
      'get to room temperature', 'sit out', 'sit out of the fridge', 'rest on the counter', 'sit on the counter',
      'temper', 'temper it', 'warm up', 'out of the fridge',
    ],
    'slow-roast': [
      'roast', 'roast it', 'roast the pork', 'slow roast', 'low roast', 'low and slow', 'the roast', 'roasting',
      'cook', 'cook it', 'bake', 'bake it', 'oven', 'the oven', 'be in the oven', 'stay in the oven',
      'go in the oven', 'first roast', 'low oven',
    ],
    'blister': [
      'broil', 'broil it', 'broiler', 'the broiler', 'crisp', 'crisp it', 'crisp the skin', 'crisping', 'blast',
      'the blast', 'high heat', 'hot finish', 'the finish', 'finish', 'finish it', 'blister', 'blister the skin',
      'crackle', 'crackling',
      // British: the grill is the broiler, and it "goes under" it.
      'go under', 'under the grill',
    ],
    'rest': [
      'rest', 'rest it', 'resting', 'let it rest', 'the rest', 'rest the meat', 'rest the pork', 'rest under foil',
      'tent', 'tent it', 'sit',
    ],
    'reduce-glaze': [
      'simmer', 'simmer it', 'simmer the glaze', 'reduce', 'reduce it', 'reduce the glaze', 'the glaze', 'glaze',
      'cook the glaze', 'boil the glaze', 'thicken the glaze', 'make the glaze', 'simmer the sauce',
      'reduce the sauce', 'let it bubble', 'let the glaze bubble', 'bubble the glaze', 'let it simmer', 'let it reduce',
      // "how long must it bubble away for".
      'bubble', 'bubble away',
    ],
  },
  reason: {
    'why-dry': [
      'dry it', 'dry the skin', 'dry the pork', 'dry it overnight', 'dry overnight', 'drying', 'drying the skin',
      'air dry', 'air dry it', 'air drying', 'leave it uncovered', 'leave it in the fridge',
      'refrigerate it uncovered', 'keep it uncovered', 'the drying', 'the overnight drying', 'the fridge',
      'uncovered', 'dried', 'dried uncovered', 'dried overnight', 'left uncovered', 'left in the fridge',
      'refrigerated uncovered', 'left uncovered overnight',
    ],
    'why-baking-soda': [
      'baking soda', 'the baking soda', 'bicarb', 'the bicarb', 'bicarbonate of soda', 'sodium bicarbonate', 'soda',
      'use baking soda', 'add baking soda', 'put baking soda on', 'put baking soda on the skin',
      'baking soda on the skin',
    ],
    'why-low-then-high': [
      'low and slow', 'low and slow then high', 'low then high', 'low first then high', 'low first and then high',
      'two temperatures', 'two stages', 'roast it at two temperatures', 'roast low then high',
      'cook it low then high', 'start low', 'start low and finish high', 'slow roast', 'slow roast first',
      'roast it slowly', 'low roast', 'the low roast', 'hot blast', 'the hot blast', 'blast it at the end',
      'broil at the end', 'broil it at the end', 'finish hot', 'finish it hot', 'high heat at the end',
      'finish under the broiler', 'the broiler at the end', 'roasted low first', 'cooked low then high',
      'roasted slowly', 'cooked at two temperatures', 'low temperature', 'low temperature first', 'a low temperature',
      'low heat', 'low heat first', 'high heat', 'high temperature', 'high temperature at the end', 'low oven',
      'the oven so low', 'a cool oven', 'slow roasting',
    ],
    'why-rest': [
      'rest', 'rest it', 'let it rest', 'resting', 'rest the meat', 'rest the pork', 'rest it under foil', 'the rest',
      'tent it', 'tent it with foil', 'rest before slicing', 'rest it before slicing', 'let it sit', 'rested',
      'left to rest', 'tented',
    ],
    'why-temper': [
      'take it out of the fridge first', 'take it out of the fridge early', 'take it out early',
      'take the pork out of the fridge first', 'let it come to room temperature', 'bring it to room temperature',
      'room temperature', 'let it sit out', 'temper it', 'temper the pork', 'taken out early',
      'taken out of the fridge first',
    ],
    'why-watch': [
      'watch it', 'watch it closely', 'watch the finish', 'stay by the oven', 'keep an eye on it', 'not leave it',
      'stay with it', 'watch it so closely',
    ],
    'why-glaze-last': [
      'glaze it last', 'glaze at the end', 'glaze just before slicing', 'glaze it at the end',
      'brush the glaze on last', 'only a thin layer of glaze', 'a thin layer', 'glaze before slicing',
      'wait to glaze', 'glaze tableside',
    ],
  },
  problem: {
    'skin-not-puffing': [
      'skin didn\'t puff', 'skin isn\'t puffing', 'skin won\'t puff', 'skin hasn\'t puffed', 'skin not puffing',
      'skin didn\'t puff up', 'skin isn\'t puffing up', 'skin won\'t puff up', 'skin doesn\'t puff',
      'skin isn\'t blistering', 'skin didn\'t blister', 'skin won\'t blister', 'skin hasn\'t blistered',
      'skin isn\'t bubbling', 'skin didn\'t bubble', 'skin won\'t bubble', 'skin isn\'t bubbling up',
      'skin didn\'t bubble up', 'skin won\'t bubble up', 'skin hasn\'t bubbled', 'skin didn\'t blister up',
      'skin won\'t crisp', 'skin won\'t crisp up', 'skin isn\'t crisping', 'skin isn\'t crisping up',
      'skin didn\'t crisp up', 'it won\'t crisp up', 'it isn\'t crisping', 'skin isn\'t crackling',
      'skin didn\'t crackle', 'skin won\'t crackle', 'skin is flat', 'skin is still flat', 'skin puff',
      'skin puff up', 'skin blister', 'skin bubble', 'skin crackle', 'skin puffing', 'skin blistering',
      'skin bubbling', 'it didn\'t puff', 'it isn\'t puffing', 'it won\'t puff', 'it didn\'t puff up',
      'it didn\'t blister', 'it isn\'t blistering', 'it didn\'t crackle', 'it isn\'t crackling', 'no crackling',
      'no bubbles', 'no blisters', 'no puffing', 'crackling didn\'t form', 'crackling won\'t form',
      'crackling isn\'t forming', 'not puffing', 'not blistering', 'not crackling',
    ],
    'ultra-crispy': [
      'extra crispy', 'ultra crispy', 'extra crispy crackling', 'ultra crispy crackling', 'ultra crispy crackle',
      'crispier crackling', 'crispier skin', 'extra crispy skin', 'extra crunch', 'crunchier crackling',
      'even crispier crackling', 'make it extra crispy', 'make it crispier', 'make the crackling crispier',
      'make the skin crispier', 'get it extra crispy', 'get it crispier', 'the crispiest crackling',
      'crackling that separates from the fat', 'crackling to separate from the fat',
      // "how do I make the crackling extra crispy": the thing, then how crispy.
      'the crackling extra crispy', 'the skin extra crispy', 'it extra crispy', 'the crackling crispier', 'the skin crispier',
    ],
    'soft-crackling': [
      'crackling is soft', 'crackling went soft', 'crackling is chewy', 'crackling isn\'t crispy',
      'crackling not crispy', 'crackling isn\'t crunchy', 'crackling is soggy', 'crackling soft', 'crackling crispy',
      'skin is soft', 'skin went soft', 'skin is chewy', 'skin is rubbery', 'skin is leathery', 'skin is tough',
      'skin is soggy', 'skin isn\'t crispy', 'skin isn\'t crunchy', 'skin not crispy', 'skin crispy', 'skin soft',
      'it\'s not crispy', 'it isn\'t crispy', 'it\'s chewy', 'it went soft', 'it\'s soggy', 'soft crackling',
      'chewy crackling', 'soggy crackling', 'soggy skin', 'chewy skin', 'rubbery skin',
    ],
    'skin-burning': [
      'skin is burning', 'skin burning', 'skin is burnt', 'going dark', 'dark at the edges', 'edges are dark', 'skin burnt', 'skin is getting burnt',
      'skin is going black', 'skin is turning black', 'skin is black', 'skin is charring', 'skin is charred',
      'skin is scorched', 'skin is too dark', 'skin is getting too dark', 'skin burns', 'it\'s burning',
      'it\'s burnt', 'it\'s getting burnt', 'it\'s going black', 'it\'s too dark', 'it\'s getting too dark',
      'it\'s smoking', 'it\'s catching', 'top is burning', 'burning', 'burnt skin', 'black spots', 'it burns',
      'crackling is burning', 'crackling is burnt',
    ],
    'uneven-blistering': [
      'blistering unevenly', 'skin is blistering unevenly', 'spots didn\'t puff', 'still pale', 'pale corner', 'pale spots', 'uneven blistering', 'uneven crackling',
      'patchy crackling', 'crackling is patchy', 'skin is patchy', 'skin is uneven', 'it\'s uneven',
      'it\'s blistering unevenly', 'some parts aren\'t puffing', 'some spots aren\'t puffing', 'some bits are flat',
      'only some of it puffed', 'only part of it puffed', 'only half of it puffed', 'one side is puffing',
      'one side is darker', 'one end is darker', 'blistering on one side', 'flat patches', 'patches that won\'t blister',
      'patches that won\'t puff', 'bits that won\'t crackle', 'parts that won\'t puff',
    ],
    'early-blistering': [
      'skin is blistering already', 'skin is puffing already', 'skin is bubbling already',
      'skin is crackling already', 'it\'s blistering already', 'it\'s puffing already', 'it\'s blistering too early',
      'it\'s puffing too early', 'skin is blistering too early', 'skin is puffing too soon',
      'skin blistering in the slow roast', 'skin is blistering in the low roast',
    ],
    'off-taste': [
      'it tastes off', 'tastes off', 'it tastes soapy', 'tastes soapy', 'it tastes bitter', 'tastes bitter',
      'it tastes metallic', 'tastes metallic', 'it tastes chemical', 'tastes chemical', 'it tastes weird',
      'tastes weird', 'it tastes funny', 'tastes funny', 'it tastes strange', 'weird taste', 'funny taste',
      'strange taste', 'off taste', 'soapy taste', 'bitter taste', 'metallic taste', 'chemical taste', 'aftertaste',
      'strange aftertaste', 'pork tastes soapy', 'pork tastes off', 'pork tastes bitter', 'skin tastes soapy',
      'skin tastes bitter', 'skin tastes off', 'crackling tastes soapy', 'crackling tastes off', 'meat tastes off',
      'too much baking soda', 'I used too much baking soda', 'used too much baking soda',
      'put too much baking soda on', 'too much bicarb',
    ],
    'no-time-to-dry': [
      'I can\'t dry it overnight', 'can\'t dry it overnight', 'I can\'t leave it overnight',
      'can\'t leave it overnight', 'no time to dry it', 'no time to dry it overnight', 'no time to dry overnight',
      'no time for the drying', 'don\'t have time to dry it', 'not enough time to dry it', 'short on time',
      'I\'m short on time', 'in a hurry', 'I\'m in a hurry', 'no time', 'skin is still wet', 'skin is wet',
      'skin is damp', 'skin is still damp', 'skin is moist', 'skin isn\'t dry', 'skin won\'t dry',
      'skin isn\'t drying', 'skin didn\'t dry', 'I forgot to dry it', 'forgot to dry it overnight',
      'didn\'t dry it overnight', 'I need it today', 'I\'m cooking it today', 'skip the drying', 'skip drying',
      'no overnight', 'dry it overnight', 'dry it', 'dry the skin overnight', 'dry the skin', 'leave it overnight',
      'wait overnight', 'do the drying',
    ],
    'temp-not-reached': [
      'it\'s not up to temperature', 'it isn\'t up to temperature', 'not up to temperature', 'temperature is too low',
      'internal temperature is too low', 'internal temp is too low', 'it\'s not hot enough inside',
      'not hot enough inside', 'temperature isn\'t high enough', 'meat isn\'t done', 'meat\'s not done',
      'it\'s not done', 'it isn\'t done yet', 'it\'s not done yet', 'it\'s undercooked', 'meat is undercooked',
      'thermometer reading is low', 'thermometer reads too low',
    ],
    'tough-meat': [
      'meat is tough', 'meat is dry', 'meat is chewy', 'meat is stringy', 'meat is hard', 'meat\'s tough',
      'it\'s tough', 'it\'s dry', 'meat dried out', 'it dried out', 'meat is overcooked', 'it\'s overcooked',
      'tough meat', 'dry meat',
    ],
    'glaze-consistency': [
      'glaze is too thin', 'glaze is runny', 'foaming up', 'glaze is foaming', 'dripping off', 'glaze is watery', 'glaze won\'t thicken', 'glaze isn\'t thickening',
      'glaze is too thick', 'glaze is too sticky', 'glaze is gloopy', 'glaze is like caramel', 'sauce is too thin',
      'sauce is too thick', 'sauce is runny', 'sauce won\'t thicken', 'glaze thin', 'glaze thick', 'runny glaze',
      'thin glaze', 'thick glaze',
    ],
    'hard-to-slice': [
      'hard to slice', 'it\'s hard to slice', 'hard to cut', 'it\'s hard to cut', 'crackling shatters',
      'crackling is shattering', 'crackling breaks when I cut it', 'can\'t cut through the crackling',
      'can\'t cut through the skin', 'skin is too hard to cut', 'slices are messy', 'slices are falling apart',
      'knife won\'t cut the skin', 'slices are ragged', 'it falls apart when I slice it',
    ],
  },
  variation: {
    'miso-maple': [
      'miso maple', 'miso', 'miso glaze', 'white miso', 'miso version', 'the miso one', 'umami', 'umami glaze',
    ],
    'dairy-free': [
      'dairy free', 'dairy free version', 'dairy free glaze', 'no butter version', 'the oil version',
    ],
  },
  cue: {
    'puffed': [
      'puffed and golden', 'puffed', 'it\'s puffed', 'puffed up', 'golden', 'blistered', 'crackled', 'crispy',
      'it\'s crispy', 'deep amber', 'amber', 'bubbly and golden', 'blistered and golden', 'looks done', 'crackling',
    ],
    'not-puffing': [
      'not puffing yet', 'not puffing', 'not puffed', 'it\'s not puffing', 'still flat', 'not blistering',
      'not crispy yet', 'not crackling', 'nothing yet', 'not golden yet', 'still pale', 'not bubbling',
    ],
    'burning': [
      'some bits are black', 'bits are black', 'black', 'some bits are burnt', 'the edges are black', 'black bits',
      'a few bits are black',
    ],
    'syrupy': [
      'syrupy', 'it\'s syrupy', 'slightly syrupy', 'thick', 'thickened', 'reduced', 'it\'s thickened',
      'coats a spoon', 'sticky',
    ],
    'thin': [
      'still thin', 'thin', 'runny', 'still runny', 'watery', 'not syrupy yet', 'not thick yet', 'not reduced',
    ],
  },
};
