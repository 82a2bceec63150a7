/**
 * Entries saved before the workflow existed have no translation state: their translations are taken as made from
 * today's Thai (there is no record of what they were made from), once, at start.
 */
import type { Payload } from 'payload'
import { collections } from '../../content/schema/index.ts'
import { asDocs, isDoc } from '../bundle/documents.ts'
import { statusFieldName } from './fields.ts'
import { latestWithAllLocales } from './latest.ts'
import { saveAsItStands } from './saveAsItStands.ts'
import { targetLocales } from './status.ts'

export async function backfillTranslationState(payload: Payload): Promise<number> {
  let done = 0
  const field = statusFieldName(targetLocales[0]!)
  for (const collection of collections) {
    // Every entry of these collections has versions; the newest one says whether the entry has a state.
    const { docs } = await payload.findVersions({
      collection,
      where: { and: [{ latest: { equals: true } }, { [`version.${field}`]: { exists: false } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const { parent } of asDocs(docs)) {
      const id = (isDoc(parent) ? parent.id : parent) as number | string
      const latest = await latestWithAllLocales(payload, collection, id)
      if (!latest) continue
      await saveAsItStands(payload, collection, latest, {}, { translationBackfill: true, bulkImport: true })
      done++
    }
  }
  if (done > 0) payload.logger.info(`Translation workflow: recorded the state of ${done} entries saved before it existed.`)
  return done
}
