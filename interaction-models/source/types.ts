/** The pieces an interaction model is built from; each capability contributes one fragment. */
export interface SlotDef {
  readonly name: string;
  readonly type: string;
}

export interface IntentDef {
  readonly name: string;
  readonly slots?: readonly SlotDef[];
  /** Words only: numbers spelled out, no symbols (the Alexa sample utterance rules). */
  readonly samples: readonly string[];
  /**
   * The same phrasings wrapped in fillers (see fillers.ts). The model builder adds each one no
   * other intent has as a sample or an earlier variant, so fillers never make two intents clash.
   */
  readonly variants?: readonly string[];
}

export interface SlotValueDef {
  readonly id: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface SlotTypeDef {
  readonly name: string;
  readonly values: readonly SlotValueDef[];
}

export interface ModelFragment {
  readonly intents: readonly IntentDef[];
  readonly types?: readonly SlotTypeDef[];
}

/** A slot value as Alexa accepts it: lower case words, "&" said as "and", no other symbols. */
export function slotWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9' .-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
