/** Sister, friendship and partner cities (and, in v1 bundles, organisations): the profiles partner cities link to. */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import {
  altOf,
  countryCode,
  isoDate,
  languageTag,
  localizedMarkdown,
  localizedName,
  localizedText,
  noteText,
  mediaPath,
  nonEmpty,
  previousSlugs,
  shortText,
  slug,
  staffOnly,
  status,
  url,
  wikidataId,
} from './fields.ts'

export const relationships = ['sister-city', 'friendship-city', 'partner-city', 'organization'] as const
export type Relationship = (typeof relationships)[number]

/** A v1 inline agreement; `internal` ones appear only in full backups. */
export const inlineAgreement = z.strictObject({
  title: localizedText,
  date: isoDate.optional(),
  document: mediaPath.optional(),
  visibility: staffOnly(z.enum(['public', 'internal'])).optional(),
})

export const internalContact = z.strictObject({
  name: nonEmpty,
  role: z.string().optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
})

export const cities = defineCollection({
  title: 'name',
  segment: 'cities',
  schema: z.strictObject({
    slug,
    previousSlugs,
    name: localizedName,
    /** The name in the city's own language and script, with its BCP 47 tag, e.g. {"lang": "fr", "value": "Paris"}. */
    nativeName: z.strictObject({ lang: languageTag, value: shortText }).optional(),
    country: countryCode,
    relationship: z.enum(relationships),
    since: isoDate.optional(),
    summary: localizedText,
    body: localizedMarkdown,
    coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
    image: mediaPath.optional(),
    imageAlt: altOf('image').optional(),
    gallery: z.array(z.strictObject({ image: mediaPath, alt: altOf('image') })).optional(),
    agreements: z.array(inlineAgreement).optional(),
    activities: z.array(z.strictObject({ date: isoDate, text: localizedText })).optional(),
    contact: z.strictObject({ office: localizedText.optional(), url: url.optional() }).optional(),
    wikidata: wikidataId.optional(),
    status: status.optional(),
    /** Personal data of contact people. */
    internalContacts: staffOnly(z.array(internalContact)).optional(),
    internalNotes: staffOnly(noteText).optional(),
  }),
})
export type City = z.infer<typeof cities.schema>
