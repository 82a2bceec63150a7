/** Signed agreements (and ones being negotiated) with cities and organisations, with the documents behind them. */
import { z } from 'zod'
import { defineCollection } from './collection.ts'
import {
  dateKey,
  followUp,
  isoDate,
  languageTag,
  localizedMarkdown,
  localizedText,
  mediaPath,
  partner,
  previousSlugs,
  readers,
  sector,
  slug,
  staffOnly,
  status,
  visibility,
} from './fields.ts'

export const agreementKinds = ['sister-city', 'friendship', 'mou', 'letter-of-intent', 'cooperation', 'other'] as const
export const agreementStatuses = ['in-force', 'expired', 'under-negotiation', 'terminated'] as const
export type AgreementKind = (typeof agreementKinds)[number]
export type AgreementStatus = (typeof agreementStatuses)[number]

/** A signed text of the agreement: a PDF in the language it was signed in. */
export const agreementDocument = z.strictObject({
  file: mediaPath,
  /** The document's language (BCP 47): `th`, `en`, `ja`, `zh-Hans` ... */
  lang: languageTag,
  title: localizedText.optional(),
  visibility: visibility.optional(),
})

export const agreements = defineCollection({
  title: 'title',
  segment: 'agreements',
  // `status` is the agreement's own state here, so its publication state in a backup is `publication`.
  publication: 'publication',
  schema: z
    .strictObject({
      slug,
      previousSlugs,
      title: localizedText,
      kind: z.enum(agreementKinds),
      partners: z.array(partner()).min(1, 'must name at least one partner'),
      status: z.enum(agreementStatuses),
      signed: isoDate.optional(),
      expires: isoDate.optional(),
      sectors: z.array(sector()).optional(),
      /** Who signed, for each side: name and title as published. */
      signatories: z.array(z.strictObject({ name: localizedText, title: localizedText.optional() })).optional(),
      summary: localizedText.optional(),
      body: localizedMarkdown.optional(),
      documents: z.array(agreementDocument).optional(),
      visibility: visibility.optional(),
      readers: readers.optional(),
      publication: status.optional(),
      /** The Bangkok Metropolitan Council's approval (resolution number and date). */
      councilApproval: staffOnly(z.string()).optional(),
      internalNotes: staffOnly(z.string()).optional(),
      followUps: staffOnly(z.array(followUp)).optional(),
    })
    .superRefine((agreement, context) => {
      if (agreement.signed && agreement.expires && dateKey(agreement.expires) < dateKey(agreement.signed)) {
        context.addIssue({ code: 'custom', path: ['expires'], message: `is before the signing date (${agreement.signed})` })
      }
      agreement.documents?.forEach((document, i) => {
        if (document.visibility === 'restricted' && agreement.visibility !== 'restricted') {
          context.addIssue({
            code: 'custom',
            path: ['documents', i, 'visibility'],
            message: 'is restricted, but the agreement is not: a restricted document belongs to a restricted agreement, whose readers are named',
          })
        }
      })
    }),
})
export type Agreement = z.infer<typeof agreements.schema>
