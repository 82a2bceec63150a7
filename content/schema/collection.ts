/** What a collection module declares besides its schema: how an entry is named and where its pages live. */
import type { z } from 'zod'

export interface CollectionDefinition<S extends z.ZodObject = z.ZodObject, Segment extends string | undefined = string | undefined> {
  /** One entry of the collection: the bundle's file format (the field kinds are recorded on it, see fields.ts). */
  schema: S
  /** The localized field that names an entry in lists and links; an entry is translated into a locale that has it. */
  title: keyof z.infer<S> & string
  /** The URL segment of the entry pages (`/{lang}/{segment}/{slug}/`); none: the collection has no pages. */
  segment: Segment
  /** The field holding the publication state (`draft` in a backup), `status` unless the collection needs that name. */
  publication: string
}

/** Declares a collection, keeping the schema's exact type and whether it has pages for everything derived from it. */
export function defineCollection<S extends z.ZodObject, const Segment extends string | undefined = undefined>(definition: {
  schema: S
  title: keyof z.infer<S> & string
  segment?: Segment
  publication?: keyof z.infer<S> & string
}): CollectionDefinition<S, Segment> {
  return { segment: undefined as Segment, publication: 'status', ...definition }
}
