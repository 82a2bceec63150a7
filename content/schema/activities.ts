/**
 * What the office and every BMA unit did with partners: visits both ways, delegations, meetings, conferences,
 * exchange programmes, projects, training — the record that outlives staff rotation.
 */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import {
  altOf,
  dateKey,
  followUp,
  isoDate,
  localizedMarkdown,
  localizedText,
  mediaPath,
  partner,
  person,
  previousSlugs,
  readers,
  reference,
  sector,
  slug,
  staffOnly,
  status,
  visibility,
} from './fields.ts'

export const activityKinds = ['incoming-visit', 'outgoing-visit', 'meeting', 'conference', 'exchange-programme', 'project', 'training', 'other'] as const
export type ActivityKind = (typeof activityKinds)[number]

/** Why an end date cannot be, or undefined: an activity does not end before it starts. */
export const endProblem = (start: string | null | undefined, end: string | null | undefined): string | undefined =>
  start && end && dateKey(end) < dateKey(start) ? `is before the start (${start})` : undefined

export const activities = defineCollection({
  title: 'title',
  segment: 'activities',
  schema: z
    .strictObject({
      slug,
      previousSlugs,
      title: localizedText,
      kind: z.enum(activityKinds),
      start: isoDate,
      end: isoDate.optional(),
      partners: z.array(partner()).min(1, 'must name at least one partner'),
      /** Where it took place. */
      place: localizedText.optional(),
      /** The BMA units involved, by name (a managed list in the CMS). */
      units: z.array(localizedText).optional(),
      sectors: z.array(sector()).optional(),
      /** The agreement it falls under. */
      agreement: reference(['agreements'], { form: 'path' }).optional(),
      summary: localizedText.optional(),
      body: localizedMarkdown.optional(),
      image: mediaPath.optional(),
      imageAlt: altOf('image').optional(),
      gallery: z.array(z.strictObject({ image: mediaPath, alt: altOf('image') })).optional(),
      visibility: visibility.optional(),
      readers: readers.optional(),
      status: status.optional(),
      /** Members of the delegation: names and titles (personal data). */
      delegation: staffOnly(z.array(person)).optional(),
      outcomes: staffOnly(z.string()).optional(),
      followUps: staffOnly(z.array(followUp)).optional(),
      internalNotes: staffOnly(z.string()).optional(),
    })
    .superRefine((activity, context) => {
      const problem = endProblem(activity.start, activity.end)
      if (problem) context.addIssue({ code: 'custom', path: ['end'], message: problem })
    }),
})
export type Activity = z.infer<typeof activities.schema>
