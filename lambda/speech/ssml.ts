/**
 * SSML helpers. Everything the skill says is plain text until it passes through `toSsml`,
 * which escapes it, so a recipe text with "&" or "<" can never break the response.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Turns plain sentences into the SSML body of a response (the SDK adds the `<speak>` tags). */
export function toSsml(plain: string): string {
  return escapeXml(plain.replace(/\s+/g, ' ').trim());
}

/** Strips the tags back off, for the console and the screens. */
export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
