/**
 * Writes sample utterances compactly: "how much (salt|pepper) [do I need]" expands to every
 * choice, where "(a|b)" picks one and "[x|y]" picks one or none. Spaces are tidied afterwards.
 */
export function expand(template: string): string[] {
  const open = template.search(/[[(]/);
  if (open === -1) return [template.replace(/\s+/g, ' ').trim()];
  const close = matching(template, open);
  const inner = template.slice(open + 1, close);
  const choices = template[open] === '[' ? [...split(inner), ''] : split(inner);
  const before = template.slice(0, open);
  const after = template.slice(close + 1);
  return choices.flatMap((c) => expand(`${before}${c}${after}`));
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    if (text[i] === ')' || text[i] === ']') depth--;
    if (depth === 0) return i;
  }
  throw new Error(`unclosed group in "${text}"`);
}

/** Splits "a|b (c|d)" on its top-level bars only. */
function split(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return out;
}

/** Every template expanded, without repeats, in order. */
export function samples(...templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap(expand))];
}
