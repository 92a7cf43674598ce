/**
 * Kitchen words that mean the same thing across English-speaking kitchens (US, British,
 * Australian, Indian, Canadian), each group's first word the one the recipe's text uses. All the
 * English locales share one model, so all of these are understood in each: a US cook never says
 * "alfoil", and hearing it costs nothing. "grill" is the broiler here, as it is in British,
 * Australian and Indian kitchens; the outdoor kind is the barbecue.
 */
export const KITCHEN_WORDS: readonly (readonly [string, ...string[]])[] = [
  // "boiler": the broiler as a recognizer may mishear it ("how far from the boiler do i put the wreck").
  ['broiler', 'grill', 'griller', 'salamander', 'top element', 'top grill', 'broiler element', 'heating element', 'element', 'boiler'],
  ['broil', 'grill it', 'grilling'],
  // A child's words too: "the white powder".
  ['baking soda', 'bicarb', 'bicarbonate of soda', 'bicarb soda', 'bicarbonate', 'sodium bicarbonate', 'bread soda', 'soda', 'white powder', 'the powder'],
  // "the crunchy side": the skin by what it becomes.
  ['skin', 'rind', 'crackling', 'crackle', 'skin side', 'crunchy side'],
  ['plastic wrap', 'cling film', 'clingfilm', 'cling wrap', 'glad wrap', 'saran wrap', 'wrap'],
  // A playful cook's foil: "its little silver blanket".
  ['foil', 'tin foil', 'alfoil', 'al foil', 'aluminium foil', 'aluminum foil', 'kitchen foil', 'silver blanket',
    // The brand a US cook says for foil.
    'reynolds wrap', 'reynolds'],
  ['stove', 'hob', 'stovetop', 'stove top', 'cooktop', 'burner'],
  ['vegetables', 'veggies', 'veg', 'veggie'],
  ['paper towels', 'kitchen paper', 'kitchen roll', 'paper towel', 'kitchen towel'],
  // A professional kitchen's fridges: the reach-in by the line, the walk-in, the lowboy under the counter.
  ['fridge', 'refrigerator', 'chiller', 'icebox', 'ice box', 'reach in', 'walk in', 'lowboy', 'walk in fridge', 'walk in cooler',
    // A playful cook's fridge: "how long does it sleep in the cold box".
    'cold box'],
  ['rack', 'shelf', 'oven shelf', 'oven rack'],
  // Wesson: the US brand of canola and vegetable oil.
  ['canola oil', 'rapeseed oil', 'wesson oil', 'wesson'],
  // The glaze is whisked by hand: a stand mixer named by its brand is a whisk to the recipe.
  ['whisk', 'kitchenaid', 'kitchen aid', 'stand mixer', 'hand mixer', 'electric whisk', 'mixer'],
  ['baking sheet', 'baking tray', 'oven tray', 'sheet pan', 'cookie sheet', 'sheet tray'],
  ['roasting pan', 'roasting tin', 'roasting tray', 'roasting dish', 'hotel pan'],
  // A British "tin" on its own is a pan; a "cooker" is the oven it goes in.
  ['pan', 'tin'],
  ['oven', 'cooker'],
  ['saucepan', 'pot', 'sauce pan'],
  // A cook who can't find the word: "what should the pokey thing say".
  ['thermometer', 'probe', 'temperature probe', 'meat thermometer', 'pokey thing', 'poker thing', 'poker'],
  // "setpoint": the technical register's word for the temperature an oven is set to; Indian English sets the
  // stove's heat by its flame ("on what flame i should keep the glaze").
  ['temperature', 'temp', 'temps', 'heat', 'setpoint', 'set point', 'setpoints', 'flame'],
  ['minutes', 'mins', 'min'],
  ['hours', 'hrs', 'hr'],
  ['celsius', 'centigrade'],
  // A chef's words for the temperature inside: the "pull temp" the meat comes out at, and its rise after ("carryover").
  ['internal temperature', 'pull temp', 'pull temperature', 'pulling temp', 'pulling temperature', 'pull point'],
  // "will the temperature keep going up after I take it out": the rise, in a home cook's words.
  ['rise', 'keep going up', 'keeps going up', 'keep rising', 'carryover', 'carry over', 'carryover cooking', 'carry over cooking'],
  // The seasoning rubbed on the skin is a dry cure in a chef's words.
  ['rub', 'cure', 'dry cure', 'skin cure'],
  ['blowtorch', 'blow torch', 'kitchen torch', 'torch'],
  ['pork belly', 'belly pork', 'pork', 'joint', 'slab'],
  // A child calls the scores "the cuts" or "the lines".
  ['score', 'slash', 'scoring', 'the cuts', 'the lines', 'cut lines'],
  // A child's word for the glaze: "do we put the sticky stuff on the skin".
  ['glaze', 'sticky stuff', 'sticky sauce', 'syrupy stuff', 'shiny stuff'],
  // The overnight wait as a family says it: "do I need to start this the day before", "do we really have to wait all night".
  ['overnight', 'the day before', 'the night before', 'all night', 'the whole night', 'start the day before', 'start this the day before',
    'start it the day before', 'start the night before', 'start this the night before', 'start it the night before', 'start this overnight'],
  // For finding what the recipe says about covering, a word and its negation are one topic: "should I
  // cover it" is answered by the recipe's "uncovered".
  ['uncovered', 'not covered', 'unwrapped', 'cover', 'covered', 'cover it', 'tent', 'tented'],
  ['puff', 'bubble', 'blister'],
  // "anything to finish it off with": what goes on at the end, a chef's garnish.
  ['garnish', 'finish it off', 'finish off', 'finishing touch'],
  ['serve with', 'go with', 'pair with', 'have with', 'nice with', 'well with', 'good with'],
  ['cider vinegar', 'apple vinegar'],
  ['soy sauce', 'soya sauce', 'soy', 'soya'],
  // How people talk about a recipe's words: the colour to look for, a quicker way, being in a hurry.
  ['golden', 'brown', 'colour', 'color', 'amber'],
  ['short on time', 'quicker', 'faster', 'quick', 'in a hurry', 'no time', 'rushed', 'speed up', 'haven\'t time',
    'haven\'t got time', 'don\'t have time', 'not got time', 'not enough time',
    // The technical register: "the fallback procedure if fewer than eight hours are available".
    'fallback', 'fall back', 'fewer than', 'fewer hours'],
  // Doing without the overnight wait is being short of the time it takes.
  ['skip the drying', 'not do overnight', 'not do it overnight', 'not do the overnight', 'skip overnight', 'skip the overnight',
    'without the overnight', 'not leave it overnight',
    // "do we really have to wait all night": asked hoping not to.
    'really have to wait', 'really need to wait', 'really have to leave it'],
  // Leaving the oven for a moment ("can I leave it for a minute to go and set the table", "can I step away for a sec").
  ['unattended', 'walk away', 'leave it alone', 'leave it for a minute', 'leave it for a sec', 'leave it for a second',
    'leave it for a bit', 'step away', 'leave the kitchen', 'leave the room', 'pop out'],
  ['room temperature', 'warm up', 'come up to temperature'],
  ['sprinkle', 'dust'],
  // "how long do we hold it in the reach-in": a chef holds what a home cook leaves.
  ['leave it', 'hold it'],
  // What a cook calls the hair the recipe says to remove.
  ['hair', 'hairs', 'bristles', 'bristle', 'stubble', 'fuzz'],
  // What a cook wants more of in a sauce: the recipe's "umami".
  ['umami', 'depth', 'more depth', 'savoury', 'savory', 'richness', 'deeper flavour', 'deeper flavor',
    // The food-science register: umami is glutamate's taste.
    'glutamate', 'glutamates'],
  ['portions', 'pieces', 'slices'],
  // Cutting the cooked pork: "how do I carve it" ("cutting" stays apart: scoring cuts too).
  ['slice', 'carve', 'carving'],
  // How far a thing goes from another, said as a distance: "the distance between the rack and the broiler".
  ['inches from', 'distance', 'far from', 'away from'],
  // How far apart the scores go, in the technical register: "the scoring interval", "the spacing".
  ['apart', 'interval', 'intervals', 'spacing', 'spaced'],
  // How far is a length: the recipe gives distances in inches ("the rack 8–10″ from the heat source").
  ['inches', 'inch', 'how far', 'far'],
  // The rack as a recognizer may mishear it, last so the model's other words for the rack come first.
  ['rack', 'wreck'],
];
