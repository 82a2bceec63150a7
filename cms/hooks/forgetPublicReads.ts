import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { forgetPublicReads } from '../http/publicReads.ts'

/** Any change of public collections empties the cache of anonymous answers (cms/http/publicReads.ts). */
export const forgetPublicReadsOnChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetPublicReads()
  return doc
}

export const forgetPublicReadsOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetPublicReads()
  return doc
}
