/** A glossary term of city government and international relations, in five languages. */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import {
  list,
  localizedMarkdown,
  localizedName,
  noteText,
  partiallyLocalized,
  previousSlugs,
  reference,
  shortText,
  slug,
  source,
  staffOnly,
  status,
} from './fields.ts'

export const glossary = defineCollection({
  title: 'term',
  segment: 'glossary',
  schema: z.strictObject({
    slug,
    previousSlugs,
    term: localizedName,
    definition: localizedMarkdown,
    /** A domain slug; one with no domains entry is shown by its slug. */
    domain: reference(['domains'], { mustExist: false }).optional(),
    /** Latin transcription per locale: RTGS for Thai, Hanyu Pinyin with tone marks, Hepburn, Revised Romanization. */
    romanization: partiallyLocalized(shortText).optional(),
    /** Phonetic reading used for sorting where the script needs one (Japanese kana for a kanji term). */
    reading: partiallyLocalized(shortText).optional(),
    aliases: partiallyLocalized(list(shortText)).optional(),
    related: list(reference(['glossary'])).optional(),
    sources: list(source).optional(),
    reviewStatus: staffOnly(z.enum(['draft', 'in-review', 'approved'])).optional(),
    status: status.optional(),
    internalNote: staffOnly(noteText).optional(),
  }),
})
export type GlossaryEntry = z.infer<typeof glossary.schema>
