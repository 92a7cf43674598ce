import type { Vocabulary } from '../types';
import { ACTION_WORDS } from './actions';
import { KITCHEN_WORDS } from './kitchen';
import { UNIT_WORDS } from './outside';
import { porkBellyWords } from './pork-belly';
import { STATEMENT_WORDS } from './statements';
import { ASK_WORDS, ENDING_WORDS, PLACE_WORDS, SAYS_WORDS, WANT_WORDS } from './wants';

/** The English vocabulary, shared by every English locale the skill is published in (tools/build-models.ts). */
export const en: Vocabulary = {
  kitchen: KITCHEN_WORDS,
  actions: ACTION_WORDS,
  recipes: { 'crispy-pork-belly': porkBellyWords },
  units: UNIT_WORDS,
  wants: WANT_WORDS,
  asks: ASK_WORDS,
  says: SAYS_WORDS,
  endings: ENDING_WORDS,
  places: PLACE_WORDS,
  statements: STATEMENT_WORDS,
};
