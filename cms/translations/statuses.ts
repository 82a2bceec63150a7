/** The states of a translation (see ./status.ts), in a module the admin's browser code can import. */
export const translationStatuses = ['missing', 'stale', 'current', 'reviewed'] as const
export type TranslationStatus = (typeof translationStatuses)[number]
