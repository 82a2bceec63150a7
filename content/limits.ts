/**
 * The longest values an entry may hold, field kind by field kind. The bundle schema (schema.ts) and the CMS fields
 * both apply these, so a value one accepts the other accepts too; they are generous for real content and keep a
 * careless or hostile value (a 3,000-character slug, a 30 MB field) from reaching the database, a file name or a URL.
 */

/** A slug is a URL segment and a file name: short enough for every file system and link. */
export const maxSlugLength = 100
/** Names, terms, titles, romanizations, aliases, labels, contact names and roles. */
export const maxShortTextLength = 300
/** Summaries, alternative text, timeline lines. */
export const maxSummaryLength = 2_000
/** Staff notes. */
export const maxNoteLength = 20_000
/** Rich text (definitions, bodies), measured as the Markdown the bundle holds. */
export const maxMarkdownLength = 100_000
/** Web addresses. */
export const maxUrlLength = 2_000
/** Lists: aliases, related terms, sources, agreements, activities, gallery images, former slugs, named cities. */
export const maxListLength = 200
