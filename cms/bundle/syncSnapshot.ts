/**
 * Keeps a public snapshot folder up to date with the CMS without exporting everything again. Rewritten are the
 * entries whose documents changed since the last sync, and every entry that refers to something that changed (a
 * related term renamed or unpublished, a media file replaced); entries no longer public are removed, and so are
 * media files no entry uses any more. What each entry refers to is recorded while it is converted (through the
 * export's refs), so no list of relationship fields is kept here. Without a state (the first sync), everything is
 * exported. Reads as an anonymous visitor, like the full public export.
 *
 * The state (ids, slugs and references of the exported entries, and when the sync started) is written beside the
 * folder, after the files: a sync cut short leaves the old state, and the next one rewrites everything since.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { serializeEntry, toPublic } from '../../content/bundle.ts'
import { collections, type CollectionName } from '../../content/schema/index.ts'
import { filesUnder } from '../../content/files.ts'
import { copyUpload, exportRefs, saveMediaFiles } from './exportBundle.ts'
import { asDocs, type Doc } from './documents.ts'
import { docToEntry } from './mapping.ts'
import { richTextConverter } from './richText.ts'

interface ExportedEntry {
  slug: string
  /** `collection:id` of every document and media item the entry's conversion read. */
  refs: string[]
  /** Bundle paths of the media files the entry uses. */
  media: string[]
}

export interface SnapshotState {
  syncedAt: string
  entries: Record<CollectionName, Record<string, ExportedEntry>>
  /** `media:id` of the media items public at the sync (a reference to one no longer public is a change). */
  publicMedia: string[]
}

export interface SnapshotSync {
  written: number
  removed: number
  full: boolean
}

export const snapshotStateFile = (dir: string) => `${dir}.state.json`

/**
 * Brings `dir` up to date. With `maxWrites`, a sync that would rewrite more entries than that writes nothing and
 * answers `undefined`: the caller can run it elsewhere (a child process) rather than stall its own.
 */
export async function syncSnapshot(payload: Payload, dir: string, { maxWrites = Infinity, fresh = false } = {}): Promise<SnapshotSync | undefined> {
  const previous = fresh || !existsSync(dir) ? undefined : await readState(dir)
  const startedAt = new Date().toISOString()
  const since = previous ? Date.parse(previous.syncedAt) : -Infinity

  // What is public now, and what changed: new, renamed or edited documents, and ones no longer public.
  const listed = new Map<CollectionName | 'media', Doc[]>()
  for (const collection of [...collections, 'media'] as const) {
    const select = collection === 'media' ? { updatedAt: true as const } : { slug: true as const, updatedAt: true as const }
    const { docs } = await payload.find({ collection, select, depth: 0, limit: 0, pagination: false, overrideAccess: false })
    listed.set(collection, asDocs(docs))
  }
  // Documents changed themselves (rewritten) and changes that reach the entries referring to them: a document
  // that became public, stopped being public or was renamed (entries keep only slugs of other documents), and any
  // change of a media item (entries carry its path and alternative text).
  const edited = new Set<string>()
  const moved = new Set<string>()
  for (const collection of [...collections, 'media'] as const) {
    const before = collection === 'media' ? undefined : previous?.entries[collection]
    const now = new Set<string>()
    for (const doc of listed.get(collection)!) {
      const key = `${collection}:${doc.id}`
      now.add(key)
      if (Date.parse(String(doc.updatedAt)) >= since) edited.add(key)
      if (before && before[String(doc.id)]?.slug !== doc.slug) moved.add(key)
      if (collection === 'media' && edited.has(key)) moved.add(key)
    }
    for (const id of Object.keys(before ?? {})) if (!now.has(`${collection}:${id}`)) moved.add(`${collection}:${id}`)
  }
  // Media removed (or made internal) since the last sync.
  const publicMedia = listed.get('media')!.map((doc) => `media:${doc.id}`)
  const mediaNow = new Set(publicMedia)
  for (const key of previous?.publicMedia ?? []) if (!mediaNow.has(key)) moved.add(key)

  const toWrite = new Map<CollectionName, Doc[]>()
  let writes = 0
  for (const collection of collections) {
    const before = previous?.entries[collection] ?? {}
    const stale = (doc: Doc) => {
      const key = `${collection}:${doc.id}`
      if (!previous || edited.has(key) || moved.has(key)) return true
      const entry = before[String(doc.id)]!
      // A file missing from the folder (removed by hand, a failed write) is written again.
      return (
        entry.refs.some((ref) => moved.has(ref)) ||
        !existsSync(join(dir, collection, `${entry.slug}.json`)) ||
        entry.media.some((path) => !existsSync(join(dir, 'media', path)))
      )
    }
    toWrite.set(collection, listed.get(collection)!.filter(stale))
    writes += toWrite.get(collection)!.length
  }
  if (writes > maxWrites) return undefined

  const state: SnapshotState = { syncedAt: startedAt, entries: emptyEntries(), publicMedia }
  const publicSlugs = new Map(collections.map((c) => [c, new Set(listed.get(c)!.map((d) => String(d.slug)))]))
  const files = new Map<string, Doc>()
  const richText = await richTextConverter(payload.config)
  let removed = 0
  for (const collection of collections) {
    const before = previous?.entries[collection] ?? {}
    const folder = join(dir, collection)
    await mkdir(folder, { recursive: true })
    // Unchanged entries keep their record; the ones rewritten below replace theirs.
    for (const doc of listed.get(collection)!) if (before[String(doc.id)]) state.entries[collection][String(doc.id)] = before[String(doc.id)]!
    const ids = toWrite.get(collection)!.map((doc) => doc.id as number | string)
    const query = { collection, where: { id: { in: ids } }, locale: 'all', depth: 1, limit: 0, pagination: false, draft: false, overrideAccess: false } as const
    const docs = ids.length === 0 ? [] : asDocs((await payload.find(query)).docs)
    for (const doc of docs) {
      const refs = new Set<string>()
      const media = new Map<string, Doc>()
      const entry = toPublic(
        collection,
        docToEntry(
          collection,
          doc,
          exportRefs(richText, publicSlugs, media, (key) => refs.add(key)),
        ),
      )
      await writeFile(join(folder, `${entry.slug}.json`), serializeEntry(collection, entry))
      for (const [path, file] of media) files.set(path, file)
      state.entries[collection][String(doc.id)] = { slug: entry.slug, refs: [...refs], media: [...media.keys()] }
    }
    // Entries gone from the public, and the old files of renamed ones.
    const slugs = new Set(Object.values(state.entries[collection]).map((e) => e.slug))
    for (const name of await readdir(folder)) {
      if (name.endsWith('.json') && !slugs.has(name.slice(0, -'.json'.length))) {
        await rm(join(folder, name))
        removed++
      }
    }
  }

  await saveMediaFiles(files, dir, copyUpload(payload))
  const used = new Set(collections.flatMap((c) => Object.values(state.entries[c]).flatMap((e) => e.media)))
  for (const path of await filesUnder(join(dir, 'media'))) if (!used.has(path)) await rm(join(dir, 'media', path))

  await writeFile(snapshotStateFile(dir), JSON.stringify(state))
  return { written: writes, removed, full: !previous }
}

const emptyEntries = () => Object.fromEntries(collections.map((c) => [c, {}])) as SnapshotState['entries']

/** The state of the last sync; none (a full export) when it is missing, unreadable, or lacks a collection added since. */
async function readState(dir: string): Promise<SnapshotState | undefined> {
  try {
    const state = JSON.parse(await readFile(snapshotStateFile(dir), 'utf8')) as SnapshotState
    return collections.every((c) => state.entries?.[c]) ? state : undefined
  } catch {
    return undefined
  }
}
