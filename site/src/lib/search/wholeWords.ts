/**
 * Pagefind's full-text results with the pages that hold every word of the query whole ranked first. Pagefind also
 * matches a word as the start of longer words and, in an index where no word starts with it, as the longest word
 * it does hold that starts the query (อากาศ, air, for อากาศยาน, aircraft). Each shard of a merged index decides
 * that on its own and scores its pages against its own words, so pages holding only the shorter word could outrank
 * the page, in another shard, that holds the word itself.
 */

/** What is used here of Pagefind's search (a merged index searches every shard). */
export interface FullTextIndex<R extends { id: string }> {
  search: (q: string | null, o?: Record<string, unknown>) => Promise<{ results: R[] } | null>
}

/** A word Pagefind indexes something of: one with a letter or a digit (punctuation alone it leaves out). */
const indexedWord = /[\p{L}\p{N}]/u

/**
 * Pagefind's results for `query` (its words separated by spaces, as the index holds them), in Pagefind's order
 * except that the pages where each word is found whole (Pagefind's quoted search: no longer or shorter words)
 * come before the others.
 */
export async function wholeWordsFirst<R extends { id: string }>(
  index: FullTextIndex<R>,
  query: string,
  options?: Record<string, unknown>,
): Promise<{ results: R[] } | null> {
  const words = [...new Set(query.split(' ').filter((w) => indexedWord.test(w)))]
  // The quoted searches need the same index chunks as the plain one: they add no download.
  const [found, ...exact] = await Promise.all([index.search(query, options), ...words.map((w) => index.search(`"${w}"`, options))])
  if (!found || exact.length === 0) return found
  const holding = exact.map((s) => new Set(s?.results.map((r) => r.id)))
  const whole = (r: R) => holding.every((ids) => ids.has(r.id))
  return { ...found, results: [...found.results.filter(whole), ...found.results.filter((r) => !whole(r))] }
}
