import type { Recipe } from './types';

const PAIRING =
  'Serve with roasted apples, braised fennel, or a small salad of shaved Brussels sprouts, chestnuts, and ' +
  'pomegranate for autumn accents.';
/** The chef's note for an ultra-crispy crackle: answered as a note, and said when the pork comes out. */
const ULTRA_CRISPY =
  'After the high blast, place the pork under a towel for 5 minutes to let residual steam redistribute. This ' +
  'can help the crackle firm and separate cleanly from the fat.';
const MISO_MAPLE = 'Whisk 1 tsp white miso into the glaze for extra umami (add it to the saucepan while reducing).';
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
      intro: 'why dry the skin',
      text:
        'Air-drying the skin uncovered in the fridge overnight removes surface moisture, so the skin can blister ' +
        'and crisp instead of steaming.',
    },
    {
      id: 'why-baking-soda',
      topic: 'baking soda',
      intro: 'why baking soda',
      text:
        'A very light sprinkle of baking soda raises the surface pH and helps the Maillard reactions proceed more ' +
        'efficiently, for a drier, crisper finish. Use it sparingly: too much can leave an off taste.',
      ingredientIds: ['baking-soda'],
    },
    {
      id: 'why-low-then-high',
      topic: 'low and slow, then a hot blast',
      intro: 'why low and slow then high',
      text:
        'Low-and-slow roasting renders the fat and connective tissue, then a high blast or broil blisters the skin: ' +
        'a perfectly crisp crackle with silky, tender meat underneath.',
    },
    {
      id: 'why-rest',
      topic: 'resting',
      text: 'Resting under loose foil for 10 minutes keeps the juices distributed.',
    },
    {
      id: 'why-temper',
      topic: 'taking it out of the fridge before roasting',
      text: 'Taking the pork out of the fridge 30–45 minutes before roasting lets it come toward room temperature.',
    },
    {
      id: 'why-watch',
      topic: 'watching the finish closely',
      text: 'Under the high heat the skin can go from perfect to burnt quickly, so do not leave it unattended.',
    },
    {
      id: 'why-glaze-last',
      topic: 'glazing just before slicing',
      text:
        'A thin layer brushed on just before slicing caramelizes lightly and adds gloss; glazing at the last moment, ' +
        'even tableside, preserves the most crackle and aroma.',
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
          // The seed's intro: "baking soda (sodium bicarbonate)".
          alsoCalled: 'sodium bicarbonate',
          quantity: { value: { min: 0.5, max: 0.5 }, unit: 'tsp' },
          purpose: 'raises the skin’s surface pH so it browns and crisps',
          note: 'measured exactly: do not exceed it',
          neverExceed: true,
        },
        {
          id: 'neutral-oil',
          name: 'neutral oil',
          quantity: { value: { min: 1, max: 1 }, unit: 'tbsp' },
          purpose: 'to help the rub adhere',
          note: 'grapeseed or canola',
          alternatives: [{ name: 'grapeseed oil' }, { name: 'canola oil' }],
          shares: [
            { stepId: 'oil-meat', quantity: { value: { min: 1, max: 1 }, unit: 'tsp' }, use: 'on the meat side' },
            { stepId: 'rub-skin', use: 'on the skin' },
          ],
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
          alternatives: [{ name: 'tamari', reason: 'for gluten-free', diet: 'gluten-free' }],
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
          alternatives: [
            {
              name: 'neutral oil',
              quantity: { value: { min: 1, max: 1 }, unit: 'tbsp' },
              reason: 'for a dairy-free finish',
              diet: 'dairy-free',
              kindOf: 'neutral-oil',
            },
          ],
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
          measureWords: 'a few grinds',
          purpose: 'to season the glaze',
        },
      ],
    },
  ],
  equipment: [
    {
      id: 'roasting-pan',
      name: 'roasting pan with rack',
    },
    {
      id: 'knife',
      name: 'sharp knife',
      purpose: 'for scoring, if needed',
    },
    {
      id: 'drying-rack',
      name: 'baking sheet and wire rack',
      purpose: 'for fridge drying',
    },
    {
      id: 'saucepan',
      name: 'saucepan',
      purpose: 'for the glaze',
    },
    {
      id: 'thermometer',
      name: 'instant-read thermometer',
    },
  ],
  phases: [
    {
      id: 'prep',
      title: 'Prep the pork',
      shortName: 'pork prep',
      steps: [
        {
          id: 'pat-dry',
          text: 'Pat the pork belly skin and meat dry with paper towels.',
          ingredientIds: ['pork-belly'],
          topics: ['pat it dry', 'pat dry', 'pat the skin dry', 'pat the pork dry', 'dry the skin with paper towels'],
        },
        {
          id: 'clean-skin',
          text: 'If the skin still has hair or uneven bits, remove them with a sharp knife and clean thoroughly.',
          equipmentIds: ['knife'],
          topics: ['clean the skin', 'clean it', 'remove the hair', 'get rid of the hair', 'shave the skin', 'remove the hairs'],
        },
        {
          id: 'score',
          text:
            'Score the skin if not already scored: use a very sharp knife and make shallow parallel cuts about ½ inch ' +
            '(1–1.5 cm) apart, only through the skin and soft fat.',
          warnings: ['Do not cut into the meat.'],
          tips: ['Alternatively, leave it unscored and rely on blistering from high heat.'],
          equipmentIds: ['knife'],
          topics: [
            'score', 'score it', 'score the skin', 'score the pork', 'score the fat', 'scoring', 'do the scoring',
            'cut the skin', 'cut into the skin', 'make the cuts', 'space the cuts', 'the cuts',
          ],
        },
        {
          id: 'season-meat',
          text: 'Season the meat side with the kosher salt and black pepper.',
          ingredientIds: ['kosher-salt', 'black-pepper'],
          topics: ['season the meat', 'season it', 'season the meat side', 'season'],
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
          warnings: ['Use ½ tsp of baking soda in total, and no more.'],
        },
        {
          id: 'rub-skin',
          text:
            'Sprinkle the mix evenly over the skin and rub lightly with the remaining oil so the salt and baking soda adhere.',
          ingredientIds: ['sea-salt', 'baking-soda', 'neutral-oil'],
          topics: ['rub the skin', 'apply the rub', 'put the rub on', 'rub it', 'use the rub', 'do the rub'],
        },
      ],
    },
    {
      id: 'dry',
      title: 'Dry the skin (overnight recommended)',
      shortName: 'skin drying',
      ahead: true,
      steps: [
        {
          id: 'rack-it',
          text: 'Place the pork belly skin-side up on a wire rack set over a baking sheet.',
          equipmentIds: ['drying-rack'],
          topics: ['set it up to dry', 'set it up in the fridge', 'put it on the rack', 'set up the rack'],
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
            shortcut: {
              minutes: { min: 60, max: 120 },
              text: 'pat the skin very dry and use a fan to blow air on it for 1–2 hours',
              caveat: 'not as effective as overnight, but helpful',
            },
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
            check: 'Check the internal temperature: about 150–155°F (65–68°C).',
          },
          ovenTemp: { f: { min: 275, max: 275 }, c: { min: 135, max: 135 } },
        },
        {
          id: 'check-temp',
          text: 'Check the internal temperature: target about 150–155°F (65–68°C) at this stage for later finishing.',
          internalTemp: { f: { min: 150, max: 155 }, c: { min: 65, max: 68 }, about: true },
          tips: ['The meat will rise slightly while resting.'],
          equipmentIds: ['thermometer'],
          // The seed gives no interval for a second reading; 10 minutes is a small share of the 30 the roast's range allows.
          recheckMinutes: 10,
          topics: [
            'check the temperature', 'check the internal temperature', 'use the thermometer', 'take the temperature',
            'use a thermometer', 'check the meat',
          ],
        },
      ],
    },
    {
      id: 'finish',
      title: 'Finish hot to crisp the skin',
      shortName: 'hot finish',
      steps: [
        {
          id: 'heat-high',
          text:
            'Increase the oven temperature to 500°F (260°C) or set it to broil (top element only). ' +
            'If using the broiler, position the rack 8–10″ from the heat source.',
          ovenTemp: { f: { min: 500, max: 500 }, c: { min: 260, max: 260 } },
          ovenAlternative: 'broil, top element only, with the rack 8–10″ from the heat source',
          topics: [
            'broiler', 'the broiler', 'use the broiler', 'set the broiler', 'set up the broiler', 'heat source',
            'the heat source', 'the element', 'the heat', 'position the rack', 'set the rack', 'place the rack',
          ],
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
          // The seed's two words for the finished skin: "crackled and crisp" (remove it) and "golden to deep amber".
          doneWhen: 'the skin is crackled and crisp, golden to deep amber',
          // The seed gives no interval: at 500°F the skin changes within a couple of minutes, and it says to watch closely.
          recheckMinutes: 2,
          cues: [
            {
              id: 'puffed',
              verdict: 'ready',
              thenStepId: 'take-out',
            },
            {
              id: 'not-puffing',
              verdict: 'not-yet',
            },
            {
              id: 'burning',
              verdict: 'stop',
              thenStepId: 'take-out',
            },
          ],
          topics: [
            'blister the skin', 'crisp the skin', 'crisp it', 'get it crispy', 'get the skin crispy', 'get crackling',
            'puff the skin', 'make the crackling', 'get the crackling', 'finish it', 'do the finish',
          ],
        },
        {
          id: 'take-out',
          text: 'Remove the pork when the skin is crackled and crisp.',
          doneWhen: 'the skin is crackled and crisp, golden to deep amber',
          tips: [`For an ultra-crispy crackle: ${ULTRA_CRISPY.charAt(0).toLowerCase()}${ULTRA_CRISPY.slice(1)}`],
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
      steps: [
        {
          id: 'combine-glaze',
          text:
            'While the pork rests, combine the maple syrup, soy sauce or tamari, apple cider vinegar or orange juice, ' +
            'Dijon and ginger in a small saucepan over medium heat.',
          ingredientIds: ['maple-syrup', 'soy-sauce', 'cider-vinegar', 'dijon-mustard', 'ginger'],
          equipmentIds: ['saucepan'],
          topics: ['make the glaze', 'start the glaze', 'mix the glaze', 'combine the glaze'],
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
          doneWhen: 'the glaze is slightly syrupy',
          // The seed gives no interval; the whole reduction is 4–6 minutes.
          recheckMinutes: 1,
          cues: [
            {
              id: 'syrupy',
              verdict: 'ready',
              thenStepId: 'finish-glaze',
            },
            {
              id: 'thin',
              verdict: 'not-yet',
            },
          ],
          tips: [`For a Miso-Maple glaze: ${MISO_MAPLE.charAt(0).toLowerCase()}${MISO_MAPLE.slice(1)}`],
          topics: ['reduce the glaze', 'reduce it', 'thicken the glaze', 'simmer the glaze', 'tell when the glaze is ready'],
        },
        {
          id: 'finish-glaze',
          text: 'Off the heat, whisk in the butter (or oil) to give shine and mouthfeel.',
          ingredientIds: ['butter'],
          topics: ['finish the glaze', 'whisk in the butter', 'add the butter', 'make the glaze shiny'],
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
          tips: [
            'If you prefer the glaze under the crackle, brush it on the meat side instead for a cleaner surface on the crackle.',
            SERVICE_TIP,
          ],
          topics: [
            'glaze it', 'glaze the pork', 'brush the glaze', 'brush on the glaze', 'apply the glaze', 'put the glaze on',
            'use the glaze', 'the glaze', 'put on the glaze',
          ],
        },
      ],
    },
    {
      id: 'serve',
      title: 'To Slice & Serve',
      shortName: 'slicing and serving',
      steps: [
        {
          id: 'slice',
          text:
            'Slice into neat portions using a very sharp knife with a thin sawing motion. For restaurant style, ' +
            'cut ¾–1″ thick portions.',
          equipmentIds: ['knife'],
          topics: [
            'slice', 'slice it', 'slice the pork', 'slice the pork belly', 'cut the slices', 'cut it', 'cut the pork',
            'carve', 'carve it', 'cut portions', 'cut it into portions', 'portion it', 'make the slices',
          ],
        },
        {
          id: 'serve',
          text: PAIRING,
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
      phaseIds: ['finish'],
      causes: [
        {
          question: 'Was it dried uncovered in the fridge overnight?',
          ifNot: 'Then the skin was likely still too wet: it puffs only when very dry.',
        },
        {
          question: 'Did the oven reach 500°F (260°C), or did you use the broiler?',
          ifNot: 'Then it likely wasn’t hot enough: the skin puffs at a very high finishing temperature.',
        },
      ],
      byPhase: [
        {
          phaseIds: ['prep', 'dry', 'roast'],
          advice:
            'It isn’t meant to puff yet: the low and slow roast renders the fat while keeping the skin from blistering. ' +
            'It puffs in the hot finish, at 500°F (260°C) or under the broiler, once the skin is very dry.',
        },
      ],
    },
    {
      id: 'ultra-crispy',
      problem: 'you want an ultra-crispy crackle',
      advice: ULTRA_CRISPY,
      phaseIds: ['finish'],
    },
  ],
  troubleshooting: [
    {
      id: 'soft-crackling',
      problem: 'the crackling is soft',
      advice:
        'Make sure the skin was very dry and that you reached a very high finishing temperature (broil or 500°F), ' +
        'watching very closely until the skin is crackled and crisp. You can also try briefly torching it with a ' +
        'kitchen blowtorch.',
      phaseIds: ['finish'],
      byPhase: [
        {
          phaseIds: ['glaze', 'serve'],
          advice:
            'Brush only a thin layer of glaze, just before slicing, or brush it on the meat side instead for a cleaner ' +
            'crackle. For the most crackle, glaze tableside.',
        },
      ],
    },
    {
      id: 'skin-burning',
      problem: 'the skin is burning',
      advice:
        'Take it out as soon as the skin is crackled and crisp. Do not leave it unattended under the high heat: it can go ' +
        'from perfect to burnt quickly. Rotate the pan for even blistering, and if you are using the broiler, keep the ' +
        'rack 8–10″ from the heat source.',
      urgent: true,
      phaseIds: ['finish'],
    },
    {
      id: 'uneven-blistering',
      problem: 'the skin is blistering unevenly',
      advice:
        'Rotate the pan for even blistering, watching very closely. You can also briefly torch the flat areas with a ' +
        'kitchen blowtorch to blister them.',
      phaseIds: ['finish'],
    },
    {
      id: 'early-blistering',
      problem: 'the skin blisters during the low roast',
      advice:
        'The low and slow roast should render the fat while keeping the skin from blistering yet: check the oven is at ' +
        '275°F (135°C), not hotter. The blistering comes in the hot finish.',
      phaseIds: ['roast'],
    },
    {
      id: 'off-taste',
      problem: 'it tastes off',
      advice:
        'Too much baking soda can leave an off taste: use only ½ tsp, measured, for the whole skin, and never more.',
      phaseIds: ['prep', 'serve'],
    },
    {
      id: 'no-time-to-dry',
      problem: 'you can’t dry it overnight',
      advice:
        'Pat the skin very dry and use a fan to blow air on it for 1–2 hours. It is not as effective as overnight, ' +
        'but helpful.',
      phaseIds: ['dry'],
      byPhase: [
        {
          phaseIds: ['roast', 'finish'],
          advice: 'Pat the skin very dry with paper towels: it needs to be as dry as possible to blister and crisp.',
        },
      ],
    },
    {
      id: 'temp-not-reached',
      problem: 'the inside isn’t up to temperature',
      advice:
        'The low roast aims for about 150–155°F (65–68°C) inside, after 2 to 2½ hours at 275°F (135°C). If it isn’t there ' +
        'yet, keep it roasting at 275°F (135°C) and check again.',
      phaseIds: ['roast'],
    },
    {
      id: 'tough-meat',
      problem: 'the meat is tough or dry',
      advice:
        'The low and slow roast, 2 to 2½ hours at 275°F (135°C), is what renders the connective tissue and fat for ' +
        'silky, tender meat, and resting under loose foil for 10 minutes keeps the juices distributed.',
      phaseIds: ['serve'],
    },
    {
      id: 'glaze-consistency',
      problem: 'the glaze isn’t right',
      advice:
        'Aim for slightly syrupy after 4–6 minutes at a gentle simmer over medium heat. If it is still thin, simmer a ' +
        'little longer; if it is thick, it has reduced further than it needs to.',
      phaseIds: ['glaze'],
    },
    {
      id: 'hard-to-slice',
      problem: 'it’s hard to slice',
      advice: 'Use a very sharp knife with a thin sawing motion, and cut ¾–1″ thick portions.',
      phaseIds: ['serve'],
    },
  ],
  variations: [
    {
      id: 'miso-maple',
      name: 'Miso-Maple glaze',
      text: MISO_MAPLE,
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
