/**
 * Turns what an agent types into an FTS5 MATCH expression that can never be a syntax error:
 * every word becomes a quoted string (so OR, NEAR(, -, *, ^, : and quotes are just text), and the
 * last word gets a `*` so results appear while the word is still being typed.
 * Returns null when nothing searchable is left (e.g. the query was only punctuation).
 */
export function toFtsQuery(input: string, maxTerms = 8): string | null {
  // Same notion of "word" as the unicode61 tokenizer: runs of letters and digits.
  const terms = input.match(/[\p{L}\p{N}]+/gu)?.slice(0, maxTerms) ?? [];
  if (terms.length === 0) return null;
  // Terms contain no quote characters (they are letters/digits only), so wrapping is safe.
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}
