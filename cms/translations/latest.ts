import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { asDocs, isDoc, type Doc } from '../bundle/documents.ts'

/**
 * A document's newest version with every locale: a draft's translations live in its versions (a draft read with
 * `locale: 'all'` returns the document's own data), so the workflow reads them there, or the document without versions.
 * Given the request of a save in progress (its transaction), the request's locale is kept: a Local API call sets it.
 */
export async function latestWithAllLocales(payload: Payload, collection: CollectionSlug, id: number | string, req?: PayloadRequest): Promise<Doc | undefined> {
  const { locale, fallbackLocale } = req ?? {}
  try {
    return await read(payload, collection, id, req)
  } finally {
    if (req) Object.assign(req, { locale, fallbackLocale })
  }
}

async function read(payload: Payload, collection: CollectionSlug, id: number | string, req?: PayloadRequest): Promise<Doc | undefined> {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const version = asDocs(docs)[0]?.version
  if (isDoc(version)) return { ...version, id }
  const doc = await payload.findByID({ collection, id, locale: 'all', depth: 0, overrideAccess: true, req, disableErrors: true })
  return doc ? asDocs([doc])[0] : undefined
}
