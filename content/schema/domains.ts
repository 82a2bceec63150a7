/** Subject fields of the glossary (and sectors of the relationship records): data that editors manage, not code. */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import { localizedText, slug, status } from './fields.ts'

export const domains = defineCollection({
  title: 'name',
  schema: z.strictObject({
    slug,
    name: localizedText,
    status: status.optional(),
  }),
})
export type Domain = z.infer<typeof domains.schema>
