import { StaticAplTemplateValidator } from 'apl-suggester';

/** What Amazon's APL validator said about a document. */
export interface AplValidation {
  /** Its findings about the document (misspelt properties, wrong types...): a valid document has none. */
  readonly findings: { errorMessage: string }[];
  /** Anything else it printed while validating, less its known chatter: a valid document prints nothing. */
  readonly printed: string[];
}

/**
 * The validator prints "No mixin for component : Frame" (one line per component type it has no extra
 * schema for) on every run, whatever the document: a note about its own tables, not about ours.
 */
const CHATTER = /^No mixin for component : \w+$/;

/**
 * Validates an APL document with apl-suggester's StaticAplTemplateValidator, with its console output
 * captured instead of printed, so a passing run stays quiet. Nothing is hidden: every finding is
 * returned, and every printed line other than the known chatter too, for the test to assert on.
 */
export async function validateApl(document: Record<string, unknown>): Promise<AplValidation> {
  const printed: string[] = [];
  const capture = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (!CHATTER.test(line)) printed.push(line);
  };
  const saved = { warn: console.warn, log: console.log, error: console.error };
  Object.assign(console, { warn: capture, log: capture, error: capture });
  try {
    const findings = (await new StaticAplTemplateValidator().validate(document)) as { errorMessage: string }[];
    return { findings, printed };
  } finally {
    Object.assign(console, saved);
  }
}
