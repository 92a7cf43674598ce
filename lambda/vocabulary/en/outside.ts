/**
 * Words the question model knows that are not recipe data: things cooks commonly ask about that
 * a recipe may not use (so the skill can say "that isn't in this recipe" rather than mishear),
 * the names of units, and the names of diets. Recipe names always win over these: a word here
 * that is also one of the recipe's own names is dropped when the model is built.
 */

import type { ModelWords, Word } from '../types';

/** Common ingredients, each a value of its own (id `not-in-recipe:` + the name). */
export const OTHER_INGREDIENTS: readonly Word[] = [
  'garlic', 'onion', 'shallot', 'honey', 'sugar', 'brown sugar', 'white sugar', 'olive oil', 'vegetable oil',
  'sesame oil', 'coconut oil', 'table salt', 'white pepper', 'chili flakes', 'red pepper flakes', 'chili', 'paprika',
  'smoked paprika', 'five spice', 'chinese five spice', 'cumin', 'fennel seeds', 'star anise', 'cinnamon', 'thyme',
  'rosemary', 'sage', 'bay leaves', 'lemon', 'lemon juice', 'lemon zest', 'lime', 'lime juice', 'water', 'stock',
  'chicken stock', 'wine', 'white wine', 'rice vinegar', 'white vinegar', 'balsamic vinegar', 'worcestershire sauce',
  'fish sauce', 'hoisin sauce', 'oyster sauce', 'sriracha', 'hot sauce', 'ketchup', 'mirin', 'cornstarch', 'flour',
  'baking powder', 'miso', 'white miso', 'apples', 'brussels sprouts', 'chestnuts', 'pomegranate', 'fennel', 'cream',
  'milk', 'eggs', 'bourbon', 'beer', 'apple juice', 'molasses', 'agave', 'golden syrup', 'corn syrup',
  'coconut aminos', 'liquid aminos', 'whole grain mustard', 'yellow mustard', 'mustard powder', 'pancake syrup',
];

/** Common kitchen equipment, each a value of its own. */
export const OTHER_EQUIPMENT: readonly Word[] = [
  'slow cooker', 'crock pot', 'air fryer', 'food processor', 'blender', 'stand mixer', 'mixer', 'barbecue', 'bbq',
  'smoker', 'dutch oven', 'cast iron pan', 'cast iron skillet', 'frying pan', 'skillet', 'wok', 'microwave',
  'pressure cooker', 'instant pot', 'mandoline', ['foil', 'aluminum foil', 'aluminium foil', 'tin foil', 'kitchen foil', 'alfoil', 'al foil'],
  ['paper towels', 'paper towel', 'kitchen paper', 'kitchen roll'], ['towel', 'kitchen towel', 'tea towel', 'dish towel', 'clean towel'],
  ['fan', 'electric fan', 'desk fan'], ['blowtorch', 'blow torch', 'kitchen blowtorch', 'kitchen torch', 'torch'],
  ['brush', 'pastry brush', 'basting brush', 'silicone brush'], 'whisk', 'tongs', 'cutting board', 'chopping board',
  'kitchen scale', 'scale', 'measuring spoons', 'measuring cups', 'oven mitts', 'oven gloves', 'grater', 'microplane',
  'zester', 'baking dish', 'casserole dish', 'parchment paper', 'baking paper', ['plastic wrap', 'cling film', 'cling wrap', 'glad wrap', 'saran wrap'], 'spatula',
  'oven thermometer', 'sous vide',
];

/** Units a cook may ask for, by the ids the units handler reads. */
export const UNIT_WORDS: Readonly<Record<string, readonly string[]>> = {
  C: ['celsius', 'degrees celsius', 'centigrade', 'degrees centigrade', 'c'],
  F: ['fahrenheit', 'degrees fahrenheit', 'f'],
  kg: ['kilograms', 'kilogram', 'kilos', 'kilo', 'kg'],
  lb: ['pounds', 'pound', 'lbs', 'lb'],
  g: ['grams', 'gram', 'g'],
  oz: ['ounces', 'ounce', 'oz'],
  ml: ['milliliters', 'millilitres', 'milliliter', 'millilitre', 'mils', 'mil', 'mls', 'ml'],
  cm: ['centimeters', 'centimetres', 'centimeter', 'centimetre', 'cms', 'cm'],
  inch: ['inches', 'inch'],
  // The recipe's own measures, asked by name ("how many teaspoons of salt"): the same in either system.
  spoons: ['teaspoons', 'teaspoon', 'tablespoons', 'tablespoon', 'cups', 'cup', 'pinches'],
  metric: ['metric', 'metric units', 'the metric system', 'metric measurements', 'european units', 'si units'],
  imperial: ['imperial', 'imperial units', 'american units', 'us units', 'us measurements', 'cups and spoons', 'american measurements'],
};

/** What a cook calls each diet a recipe's swaps may serve. */
export const DIET_WORDS: Readonly<Record<string, readonly string[]>> = {
  'gluten-free': [
    'gluten free', 'no gluten', 'without gluten', 'celiac', 'coeliac', 'wheat free', 'gluten intolerant',
    'gluten sensitive', 'free of gluten',
  ],
  'dairy-free': ['dairy free', 'no dairy', 'without dairy', 'lactose free', 'lactose intolerant', 'non dairy', 'free of dairy'],
};

/** Diets no swap here serves, so the skill can say so rather than mishear. */
export const OTHER_DIETS: readonly Word[] = [
  'vegan', 'vegetarian', 'keto', 'low carb', 'sugar free', 'paleo', 'low sodium', 'low salt', 'nut free', 'soy free',
  'egg free', 'low fat', 'whole thirty', 'diabetic',
];

/** The words above that only the interaction model is built from (types.ts `ModelWords`): not in the shipped vocabulary. */
export const MODEL_WORDS: ModelWords = { otherIngredients: OTHER_INGREDIENTS, otherEquipment: OTHER_EQUIPMENT, diets: DIET_WORDS, otherDiets: OTHER_DIETS };
