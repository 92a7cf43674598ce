import type { Recipe } from './types';

const PAIRING =
  'Serve with roasted apples, braised fennel, or a small salad of shaved Brussels sprouts, chestnuts, and ' +
  'pomegranate for autumn accents.';
const SERVICE_TIP =
  'For plated service, slice and finish with glaze tableside to preserve maximum crackle and aroma. A final grate ' +
  'of lemon zest over the meat brightens the fat and maple notes.';

/**
 * Crispy Pork Belly with Maple Glaze, transcribed whole from the seed document.
 * The seed's long bullets are split so that each step is one action a cook can do with
 * their hands full; nothing is merged away. Texts keep the seed's written symbols:
 * the speech module turns them into words, screens show them as written.
 */
export const porkBelly: Recipe = {
  id: 'crispy-pork-belly',
  title: 'Crispy Pork Belly with Maple Glaze',
  mainIngredientId: 'pork-belly',
  intro:
    'To achieve the signature crackling on pork belly you want the skin to be as dry as possible and its ' +
    'surface chemistry optimized for browning. Drying the skin (air-drying uncovered in the fridge overnight) ' +
    'removes surface moisture so the skin can blister and crisp instead of steaming. A very light sprinkle of ' +
    'baking soda (sodium bicarbonate) raises the surface pH and helps the Maillard reactions proceed more ' +
    'efficiently, promoting a drier, crisper finish. Use baking soda sparingly — too much can leave an off taste. ' +
    'The combination of thorough drying, controlled low-and-slow roasting to render fat, then a high blast or ' +
    'broil to blister the skin yields a perfectly crisp crackle with silky, tender meat underneath.',
  reasons: [
    {
      id: 'why-dry',
      topic: 'drying the skin',
      text:
        'Air-drying the skin uncovered in the fridge overnight removes surface moisture, so the skin can blister ' +
        'and crisp instead of steaming.',
    },
    {
      id: 'why-baking-soda',
      topic: 'baking soda',
      text:
        'A very light sprinkle of baking soda raises the surface pH and helps the Maillard reactions proceed more ' +
        'efficiently, for a drier, crisper finish. Use it sparingly: too much can leave an off taste.',
    },
    {
      id: 'why-low-then-high',
      topic: 'low and slow, then a hot blast',
      text:
        'Low-and-slow roasting renders the fat and connective tissue, then a high blast or broil blisters the skin: ' +
        'a perfectly crisp crackle with silky, tender meat underneath.',
    },
    {
      id: 'why-rest',
      topic: 'resting',
      text: 'Resting under loose foil for 10 minutes keeps the juices distributed.',
    },
  ],
  ingredientGroups: [
    {
      id: 'rub',
      name: 'Pork Belly & Drying Rub',
      scalesWithMain: true,
      ingredients: [
        {
          id: 'pork-belly',
          name: 'pork belly',
          quantity: { value: { min: 3, max: 4 }, unit: 'lb' },
          metric: { value: { min: 1.5, max: 1.8 }, unit: 'kg' },
          note: 'skin on, bone removed',
        },
        {
          id: 'kosher-salt',
          name: 'kosher salt',
          quantity: { value: { min: 2, max: 2 }, unit: 'tsp' },
          purpose: 'for seasoning the meat',
        },
        {
          id: 'sea-salt',
          name: 'fine sea salt',
          quantity: { value: { min: 1.5, max: 1.5 }, unit: 'tsp' },
          purpose: 'to rub into the skin',
        },
        {
          id: 'baking-soda',
          name: 'baking soda',
          quantity: { value: { min: 0.5, max: 0.5 }, unit: 'tsp' },
          purpose: 'raises the skin’s surface pH so it browns and crisps',
          note: 'very important: measured; do not exceed',
        },
        {
          id: 'neutral-oil',
          name: 'neutral oil',
          quantity: { value: { min: 1, max: 1 }, unit: 'tbsp' },
          purpose: 'to help the rub adhere',
          note: 'grapeseed or canola',
          alternatives: [{ name: 'grapeseed oil' }, { name: 'canola oil' }],
        },
        {
          id: 'black-pepper',
          name: 'freshly ground black pepper',
          toTaste: true,
          purpose: 'for seasoning the meat',
        },
      ],
    },
    {
      id: 'glaze',
      name: 'Maple Glaze',
      ingredients: [
        {
          id: 'maple-syrup',
          name: 'pure maple syrup',
          quantity: { value: { min: 1, max: 1 }, unit: 'cup' },
          note: 'Grade A or darker for more flavor',
        },
        {
          id: 'soy-sauce',
          name: 'soy sauce',
          quantity: { value: { min: 2, max: 2 }, unit: 'tbsp' },
          alternatives: [{ name: 'tamari', reason: 'for gluten-free' }],
        },
        {
          id: 'cider-vinegar',
          name: 'apple cider vinegar',
          quantity: { value: { min: 1, max: 1 }, unit: 'tbsp' },
          alternatives: [{ name: 'fresh orange juice', reason: 'in place of the vinegar' }],
        },
        {
          id: 'dijon-mustard',
          name: 'Dijon mustard',
          quantity: { value: { min: 1, max: 1 }, unit: 'tsp' },
        },
        {
          id: 'ginger',
          name: 'finely grated ginger',
          quantity: { value: { min: 1, max: 2 }, unit: 'tsp' },
          optional: true,
          purpose: 'brightens the glaze',
        },
        {
          id: 'butter',
          name: 'unsalted butter',
          quantity: { value: { min: 1, max: 1 }, unit: 'tbsp' },
          optional: true,
          purpose: 'gives the glaze shine and mouthfeel',
          alternatives: [{ name: '1 tbsp neutral oil', reason: 'for a dairy-free finish' }],
        },
        {
          id: 'flaky-salt',
          name: 'flaky sea salt',
          quantity: { value: { min: 1, max: 1 }, unit: 'pinch' },
          purpose: 'to season the glaze',
        },
        {
          id: 'glaze-pepper',
          name: 'black pepper',
          toTaste: true,
          note: 'a few grinds',
          purpose: 'to season the glaze',
        },
      ],
    },
  ],
  equipment: [
    { id: 'roasting-pan', name: 'roasting pan with rack' },
    { id: 'knife', name: 'sharp knife', purpose: 'for scoring, if needed' },
    { id: 'drying-rack', name: 'baking sheet and wire rack', purpose: 'for fridge drying' },
    { id: 'saucepan', name: 'saucepan', purpose: 'for the glaze' },
    { id: 'thermometer', name: 'instant-read thermometer' },
  ],
  phases: [
    {
      id: 'prep',
      title: 'Prep the pork',
      shortName: 'pork prep',
      synonyms: ['prep the pork', 'prep', 'preparation', 'prepping', 'the prep', 'scoring', 'seasoning', 'the rub'],
      steps: [
        {
          id: 'pat-dry',
          text: 'Pat the pork belly skin and meat dry with paper towels.',
          ingredientIds: ['pork-belly'],
        },
        {
          id: 'clean-skin',
          text: 'If the skin still has hair or uneven bits, remove them with a sharp knife and clean thoroughly.',
          equipmentIds: ['knife'],
        },
        {
          id: 'score',
          text:
            'Score the skin if not already scored: use a very sharp knife and make shallow parallel cuts about ½ inch ' +
            '(1–1.5 cm) apart, only through the skin and soft fat.',
          warnings: ['Do not cut into the meat.'],
          tips: ['Alternatively, leave it unscored and rely on blistering from high heat.'],
          equipmentIds: ['knife'],
        },
        {
          id: 'season-meat',
          text: 'Season the meat side with the kosher salt and black pepper.',
          ingredientIds: ['kosher-salt', 'black-pepper'],
        },
        {
          id: 'oil-meat',
          text: 'Rub the meat side with 1 tsp of the oil.',
          ingredientIds: ['neutral-oil'],
        },
        {
          id: 'mix-rub',
          text: 'For the skin side, combine the fine sea salt and the baking soda.',
          ingredientIds: ['sea-salt', 'baking-soda'],
          warnings: ['Use only the ½ tsp of baking soda in total; do not exceed it.'],
        },
        {
          id: 'rub-skin',
          text:
            'Sprinkle the mix evenly over the skin and rub lightly with the remaining oil so the salt and baking soda adhere.',
          ingredientIds: ['sea-salt', 'baking-soda', 'neutral-oil'],
        },
      ],
    },
    {
      id: 'dry',
      title: 'Dry the skin (overnight recommended)',
      shortName: 'skin drying',
      ahead: true,
      synonyms: ['dry the skin', 'drying', 'dry', 'the drying', 'overnight', 'the fridge', 'drying the skin'],
      steps: [
        {
          id: 'rack-it',
          text: 'Place the pork belly skin-side up on a wire rack set over a baking sheet.',
          equipmentIds: ['drying-rack'],
        },
        {
          id: 'refrigerate',
          text:
            'Refrigerate uncovered overnight (8–14 hours). This dries the skin and firms the surface for crisping.',
          duration: {
            minutes: { min: 480, max: 840 },
            kind: 'passive',
            label: 'fridge drying',
            aliases: ['drying', 'skin drying', 'fridge', 'overnight drying', 'overnight'],
            check: 'Take the pork out of the fridge.',
          },
          tips: [
            'If short on time: pat the skin very dry and use a fan to blow air on it for 1–2 hours. ' +
              'It is not as effective as overnight, but helpful.',
          ],
        },
      ],
    },
    {
      id: 'roast',
      title: 'Low & slow roast to render fat',
      shortName: 'low and slow roast',
      synonyms: ['low and slow', 'slow roast', 'the roast', 'roasting', 'roast', 'low roast', 'render the fat'],
      steps: [
        {
          id: 'temper',
          text: 'Take the pork out of the fridge 30–45 minutes before roasting to come toward room temperature.',
          duration: {
            minutes: { min: 30, max: 45 },
            kind: 'passive',
            label: 'rest out of the fridge',
            aliases: ['tempering', 'room temperature', 'out of the fridge'],
            check: 'Put the pork in the oven.',
          },
        },
        {
          id: 'preheat-low',
          text: 'Preheat the oven to 275°F (135°C).',
          ovenTemp: { f: { min: 275, max: 275 }, c: { min: 135, max: 135 } },
        },
        {
          id: 'into-pan',
          text: 'Place the pork belly skin-side up on a rack in a roasting pan.',
          equipmentIds: ['roasting-pan'],
        },
        {
          id: 'slow-roast',
          text:
            'Roast for 2 to 2½ hours. The goal is to render connective tissue and fat while keeping the skin from blistering yet.',
          duration: {
            minutes: { min: 120, max: 150 },
            kind: 'passive',
            label: 'pork belly roast',
            aliases: ['roast', 'slow roast', 'low and slow roast', 'roasting', 'low roast'],
            check: 'Check the internal temperature: 150–155°F (65–68°C).',
          },
          ovenTemp: { f: { min: 275, max: 275 }, c: { min: 135, max: 135 } },
        },
        {
          id: 'check-temp',
          text: 'Check the internal temperature: target about 150–155°F (65–68°C) at this stage for later finishing.',
          internalTemp: { f: { min: 150, max: 155 }, c: { min: 65, max: 68 } },
          tips: ['The meat will rise slightly while resting.'],
          equipmentIds: ['thermometer'],
        },
      ],
    },
    {
      id: 'finish',
      title: 'Finish hot to crisp the skin',
      shortName: 'hot finish',
      synonyms: ['finish', 'the finish', 'crisping', 'crisp the skin', 'broil', 'broiling', 'the broiler', 'high heat', 'the blast'],
      steps: [
        {
          id: 'heat-high',
          text:
            'Increase the oven temperature to 500°F (260°C) or set it to broil (top element only). ' +
            'If using the broiler, position the rack 8–10″ from the heat source.',
          ovenTemp: { f: { min: 500, max: 500 }, c: { min: 260, max: 260 } },
          ovenAlternative: 'broil, top element only, with the rack 8–10″ from the heat source',
        },
        {
          id: 'blister',
          text:
            'Roast or broil for 6–12 minutes, watching very closely: the skin should puff, blister and become golden to ' +
            'deep amber. Rotate the pan if needed for even blistering.',
          duration: {
            minutes: { min: 6, max: 12 },
            kind: 'active',
            label: 'pork belly crisping',
            aliases: ['crisping', 'broil', 'broiling', 'broiler', 'crackling', 'blast', 'high heat'],
            check: 'Check the skin: it should be puffed, blistered and golden to deep amber.',
          },
          ovenTemp: { f: { min: 500, max: 500 }, c: { min: 260, max: 260 } },
          warnings: ['Do not leave it unattended: it can go from perfect to burnt quickly.'],
        },
        {
          id: 'take-out',
          text: 'Remove the pork when the skin is crackled and crisp.',
        },
        {
          id: 'rest',
          text: 'Tent loosely with foil and rest 10 minutes. The resting keeps the juices distributed.',
          duration: {
            minutes: { min: 10, max: 10 },
            kind: 'passive',
            label: 'pork belly rest',
            aliases: ['rest', 'resting', 'pork rest'],
            check: 'The pork has rested; brush on the glaze and slice.',
          },
        },
      ],
    },
    {
      id: 'glaze',
      title: 'Make the maple glaze & finish',
      shortName: 'maple glaze',
      synonyms: ['glaze', 'the glaze', 'maple glaze', 'the sauce', 'sauce', 'making the glaze'],
      steps: [
        {
          id: 'combine-glaze',
          text:
            'While the pork rests, combine the maple syrup, soy sauce or tamari, apple cider vinegar or orange juice, ' +
            'Dijon and ginger in a small saucepan over medium heat.',
          ingredientIds: ['maple-syrup', 'soy-sauce', 'cider-vinegar', 'dijon-mustard', 'ginger'],
          equipmentIds: ['saucepan'],
        },
        {
          id: 'reduce-glaze',
          text: 'Bring to a gentle simmer and reduce until slightly syrupy (4–6 minutes).',
          duration: {
            minutes: { min: 4, max: 6 },
            kind: 'active',
            label: 'maple glaze',
            aliases: ['glaze', 'sauce', 'reduction', 'simmer', 'glaze reduction'],
            check: 'Check the glaze: it should be slightly syrupy.',
            overlapsPrevious: true,
          },
        },
        {
          id: 'finish-glaze',
          text: 'Off the heat, whisk in the butter (or oil) to give shine and mouthfeel.',
          ingredientIds: ['butter'],
        },
        {
          id: 'season-glaze',
          text: 'Season to taste with a pinch of salt and a crack of black pepper.',
          ingredientIds: ['flaky-salt', 'glaze-pepper'],
        },
        {
          id: 'brush-glaze',
          text:
            'Brush a thin layer of glaze over the crispy skin just before slicing: it will caramelize lightly and add gloss.',
          tips: ['If you prefer the glaze under the crackle, brush it on the meat side instead for a cleaner surface on the crackle.'],
        },
      ],
    },
    {
      id: 'serve',
      title: 'To Slice & Serve',
      shortName: 'slicing and serving',
      synonyms: ['slice and serve', 'slicing', 'slice', 'serving', 'serve', 'the end', 'carving'],
      steps: [
        {
          id: 'slice',
          text:
            'Slice into neat portions using a very sharp knife with a thin sawing motion. For restaurant style, ' +
            'cut ¾–1″ thick portions.',
          equipmentIds: ['knife'],
        },
        {
          id: 'serve',
          text: PAIRING,
          tips: [SERVICE_TIP],
        },
      ],
    },
  ],
  chefNotes: [
    {
      id: 'skin-not-puffing',
      problem: 'the skin doesn’t puff',
      advice:
        'Make sure it was very dry and that you reached a very high finishing temperature (broil or 500°F). You can ' +
        'also try briefly torching with a kitchen blowtorch to blister localized areas.',
    },
    {
      id: 'ultra-crispy',
      problem: 'you want an ultra-crispy crackle',
      advice:
        'After the high blast, place the pork under a towel for 5 minutes to let residual steam redistribute. This ' +
        'can help the crackle firm and separate cleanly from the fat.',
    },
  ],
  variations: [
    {
      id: 'miso-maple',
      name: 'Miso-Maple glaze',
      text: 'Whisk 1 tsp white miso into the glaze for extra umami (add it to the saucepan while reducing).',
    },
    {
      id: 'dairy-free',
      name: 'Dairy-free finish',
      text: 'Swap the butter for a tablespoon of neutral oil to finish the glaze.',
    },
  ],
  pairing: PAIRING,
  serviceTip: SERVICE_TIP,
  totals: {
    waitAhead: { min: 480, max: 840 },
    cooking: { min: 166, max: 217 },
  },
};
