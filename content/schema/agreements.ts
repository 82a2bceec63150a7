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

/** Why an expiry date cannot be, or undefined: it may not come before the signing. */
export const expiryProblem = (signed: string | null | undefined, expires: string | null | undefined): string | undefined =>
  signed && expires && dateKey(expires) < dateKey(signed) ? `is before the signing date (${signed})` : undefined

/** Why a document's visibility cannot be, or undefined: a restricted document belongs to a restricted agreement. */
export const documentVisibilityProblem = (agreement: string | null | undefined, document: string | null | undefined): string | undefined =>
  document === 'restricted' && agreement !== 'restricted'
    ? 'is restricted, but the agreement is not: a restricted document belongs to a restricted agreement, whose readers are named'
    : undefined

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
      const expiry = expiryProblem(agreement.signed, agreement.expires)
      if (expiry) context.addIssue({ code: 'custom', path: ['expires'], message: expiry })
      agreement.documents?.forEach((document, i) => {
        const problem = documentVisibilityProblem(agreement.visibility, document.visibility)
        if (problem) context.addIssue({ code: 'custom', path: ['documents', i, 'visibility'], message: problem })
      })
    }),
})
export type Agreement = z.infer<typeof agreements.schema>
