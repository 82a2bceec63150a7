/**
 * International organisations and city networks Bangkok belongs to, embassies and consulates in Bangkok, foreign
 * agencies: partners that are not cities.
 */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import {
  altOf,
  countryCode,
  formerPath,
  isoDate,
  localizedMarkdown,
  localizedText,
  mediaPath,
  nonEmpty,
  partiallyLocalized,
  person,
  previousSlugs,
  slug,
  staffOnly,
  status,
  url,
  wikidataId,
} from './fields.ts'

export const organizationKinds = ['international-organization', 'city-network', 'embassy', 'consulate', 'foreign-agency', 'other'] as const
export type OrganizationKind = (typeof organizationKinds)[number]

export const organizations = defineCollection({
  title: 'name',
  segment: 'organizations',
  schema: z.strictObject({
    slug,
    previousSlugs,
    /** Entries this organisation was filed as in another collection (v1 bundles had networks as cities): their URLs redirect here. */
    movedFrom: z.array(formerPath).optional(),
    name: localizedText,
    /** Abbreviations and other names (`{"en": ["UCLG"]}`). */
    aliases: partiallyLocalized(z.array(nonEmpty)).optional(),
    kind: z.enum(organizationKinds),
    /** The country of its seat; the country represented, for an embassy, consulate or agency. */
    country: countryCode.optional(),
    /** Since when Bangkok has been a member or partner. */
    since: isoDate.optional(),
    url: url.optional(),
    wikidata: wikidataId.optional(),
    summary: localizedText,
    body: localizedMarkdown.optional(),
    coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
    image: mediaPath.optional(),
    imageAlt: altOf('image').optional(),
    /** How the public reaches it: an office, an address, a telephone and e-mail of the organisation (not of a person). */
    contact: z
      .strictObject({ office: localizedText.optional(), address: localizedText.optional(), phone: z.string().optional(), email: z.email().optional() })
      .optional(),
    status: status.optional(),
    /** Contact people (personal data). */
    internalContacts: staffOnly(z.array(person)).optional(),
    internalNotes: staffOnly(z.string()).optional(),
  }),
})
export type Organization = z.infer<typeof organizations.schema>
