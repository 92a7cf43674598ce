import { questions } from './questions';
import { walkthrough } from './walkthrough';

/** Every sentence the skill says in English: one table per capability, merged here. */
export const en = { ...walkthrough, ...questions };

/** The type every locale's table must match. */
export type Speech = typeof en;

export type { Line, SpeechContext } from './common';
export type { AskContext, Schedule } from './questions';
