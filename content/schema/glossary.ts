/** A glossary term of city government and international relations, in five languages. */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import { localizedMarkdown, localizedText, nonEmpty, partiallyLocalized, previousSlugs, reference, slug, source, staffOnly, status } from './fields.ts'

export const glossary = defineCollection({
  title: 'term',
  segment: 'glossary',
  schema: z.strictObject({
    slug,
    previousSlugs,
    term: localizedText,
    definition: localizedMarkdown,
    /** A domain slug; one with no domains entry is shown by its slug. */
    domain: reference(['domains'], { mustExist: false }).optional(),
    /** Latin transcription per locale: RTGS for Thai, Hanyu Pinyin with tone marks, Hepburn, Revised Romanization. */
    romanization: partiallyLocalized(nonEmpty).optional(),
    /** Phonetic reading used for sorting where the script needs one (Japanese kana for a kanji term). */
    reading: partiallyLocalized(nonEmpty).optional(),
    aliases: partiallyLocalized(z.array(nonEmpty)).optional(),
    related: z.array(reference(['glossary'])).optional(),
    sources: z.array(source).optional(),
    reviewStatus: staffOnly(z.enum(['draft', 'in-review', 'approved'])).optional(),
    status: status.optional(),
    internalNote: staffOnly(z.string()).optional(),
  }),
})
export type GlossaryEntry = z.infer<typeof glossary.schema>
