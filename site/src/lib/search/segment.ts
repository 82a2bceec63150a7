/**
 * Word segmentation that the full-text index and the reader's browser share, for the languages written without
 * spaces between words.
 *
 * Pagefind segments Thai, Chinese and Japanese pages at index time with its own dictionaries and, because its
 * query side segments with the browser's `Intl.Segmenter` instead, also indexes every pair of letters so the two
 * can still meet. That triples those indexes (Thai: 227 KB in 9 chunks), and a query of a few words then loads
 * most of the chunks. Here the build segments the indexed copy of each page with `Intl.Segmenter` too — the same
 * ICU word breaks the browser applies to the query — and Pagefind indexes it as a language it splits at spaces
 * only (`unsegmentedLanguage`): both sides cut the text in the same places, and the Thai index is 68 KB in 3.
 *
 * Only Pagefind's copy is segmented; pages keep their text. What Pagefind shows back (excerpts, titles) carries the
 * inserted spaces, and `joinSegments` takes them out again: a space beside a letter of these scripts was inserted
 * unless the build marked it as the text's own (`ownSpace`).
 */

/** A language code Pagefind neither segments nor stems, for the indexes segmented here. */
export const unsegmentedLanguage = 'und'

/** A letter or punctuation mark of the scripts written without spaces (Thai, Han, kana; full-width forms). */
const letter = '[\\p{scx=Thai}\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\uff00-\\uffef]'
const dense = new RegExp(letter, 'u')
/**
 * Marks a space the text itself had beside such a letter: a backtick, which Pagefind leaves out of the words it
 * indexes (as it does other ASCII punctuation) but keeps in the text it shows, and which running text in these
 * scripts does not put after a space.
 */
const ownSpace = '`'
/** A marked space, as Pagefind shows it (its highlight may start between the space and the mark). */
const marked = new RegExp(` (<mark>)?${ownSpace}`, 'gu')
/** A space `segmentText` inserted, as Pagefind shows it (its highlight may end or start there): after such a letter… */
const afterLetter = new RegExp(`(?<=${letter})(</mark>)? (<mark>)?(?=\\S)`, 'gu')
/** …or before one, except after a full stop: Pagefind ends each block of text with one and a space. */
const beforeLetter = new RegExp(`(?<=[^\\s.])(</mark>)? (<mark>)?(?=${letter})`, 'gu')

const segmenters = new Map<string, Intl.Segmenter>()

/** Text with a space at every word break beside a letter of those scripts; its own spaces there marked. */
export function segmentText(text: string, locale: string): string {
  let segmenter = segmenters.get(locale)
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })))
  let out = ''
  let last = ''
  let space = ''
  for (const { segment } of segmenter.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      space = segment
      continue
    }
    const beside = dense.test(last) || dense.test(String.fromCodePoint(segment.codePointAt(0)!))
    if (space) out += beside ? ` ${ownSpace}` : space
    // No break after a full stop (`D.C.との`): `joinSegments` could not tell it from the end of a block.
    else if (beside && last && last !== '.') out += ' '
    out += segment
    last = [...segment].at(-1)!
    space = ''
  }
  return out + space
}

/**
 * A query as Pagefind's browser side would cut it on a page of that language: its words joined by spaces. The
 * search runs in a worker, where Pagefind cannot read the page's language and would leave the query whole.
 */
export function segmentQuery(text: string, locale: string): string {
  let segmenter = segmenters.get(locale)
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })))
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ')
}

/** Every text node of a built page segmented (`segmentText`); tags and attributes untouched. */
export function segmentHtml(html: string, locale: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${segmentText(text, locale)}<`)
}

/**
 * Pagefind's text for display: the inserted spaces out (also where Pagefind's `<mark>` highlight stands between),
 * the text's own spaces kept.
 */
export function joinSegments(text: string): string {
  // The text's own spaces are held aside (as NUL) while the inserted ones are taken out.
  return text.replace(marked, '\0$1').replace(afterLetter, '$1$2').replace(beforeLetter, '$1$2').replaceAll('\0', ' ')
}
