/** A news item of the office. */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import { altOf, isoDateTime, list, localizedMarkdown, localizedName, localizedText, mediaPath, previousSlugs, reference, slug, status } from './fields.ts'

export const news = defineCollection({
  title: 'title',
  segment: 'news',
  schema: z.strictObject({
    slug,
    previousSlugs,
    date: isoDateTime,
    title: localizedName,
    summary: localizedText,
    body: localizedMarkdown,
    cities: list(reference(['cities'])).optional(),
    terms: list(reference(['glossary'])).optional(),
    image: mediaPath.optional(),
    imageAlt: altOf('image').optional(),
    status: status.optional(),
  }),
})
export type NewsItem = z.infer<typeof news.schema>
