/** The types of term-list entries, each by the name the same type has in Pagefind's `type` filter (shared with the browser). */
export const searchTypes = { g: 'glossary', c: 'city', o: 'organization' } as const
export type SearchEntryType = keyof typeof searchTypes
