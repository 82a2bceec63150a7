/**
 * Reading, checking and writing a content bundle directory. A bundle is accepted whole or rejected whole:
 * `readBundle` either returns every entry or throws a BundleError listing every problem (file, field, reason).
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { collections, internalFields, schemas, type City, type CollectionName, type EntryOf, type GlossaryEntry, type NewsItem } from './schema.ts'

export interface Bundle {
  glossary: GlossaryEntry[]
  cities: City[]
  news: NewsItem[]
}

export interface BundleProblem {
  /** Path of the file relative to the bundle's parent, e.g. `content/cities/fukuoka.json`. */
  file: string
  /** Dotted field path, empty for a problem with the whole file. */
  field: string
  reason: string
}

export class BundleError extends Error {
  constructor(readonly problems: BundleProblem[]) {
    super(`The content bundle was rejected (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'BundleError'
  }
}

export function formatProblem({ file, field, reason }: BundleProblem): string {
  return `${file}: ${field ? `${field} ` : ''}${reason}`
}

const mediaFolder = 'media'

/** Reads and checks a bundle: schema, slug = file name, unique slugs, relations that resolve, media that exists. */
export async function readBundle(dir: string): Promise<Bundle> {
  const problems: BundleProblem[] = []
  const label = (...parts: string[]) => join(relative(join(dir, '..'), dir) || dir, ...parts)
  const bundle: Bundle = { glossary: [], cities: [], news: [] }
  // Slugs by file name, valid or not, so that one broken file is reported once and not again as a dangling relation.
  const present = { glossary: new Set<string>(), cities: new Set<string>(), news: new Set<string>() }

  if (!existsSync(dir)) throw new BundleError([{ file: dir, field: '', reason: 'does not exist' }])
  for (const collection of collections) {
    const files = await jsonFiles(join(dir, collection))
    // Read all at once: thousands of small files one after another wait on the disk thousands of times.
    const texts = await Promise.all(files.map((name) => readFile(join(dir, collection, name), 'utf8')))
    const seen = new Map<string, string>()
    for (const [i, name] of files.entries()) {
      const file = label(collection, name)
      present[collection].add(name.replace(/\.json$/, ''))
      const raw = texts[i]!
      let data: unknown
      try {
        data = JSON.parse(raw)
      } catch (error) {
        problems.push({ file, field: '', reason: `is not valid JSON (${(error as Error).message})` })
        continue
      }
      const parsed = (schemas[collection] as z.ZodType).safeParse(data)
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join('.'), reason: describeIssue(issue, data) })
        continue
      }
      const entry = parsed.data as { slug: string }
      const expected = name.replace(/\.json$/, '')
      if (entry.slug !== expected) problems.push({ file, field: 'slug', reason: `"${entry.slug}" does not match the file name (expected "${expected}")` })
      const other = seen.get(entry.slug)
      if (other) problems.push({ file, field: 'slug', reason: `duplicate slug "${entry.slug}" (also in ${other})` })
      seen.set(entry.slug, file)
      ;(bundle[collection] as unknown[]).push(entry)
    }
  }

  const checkRefs = (file: string, field: string, target: 'glossary' | 'cities', list: string[] | undefined) =>
    list?.forEach((ref, i) => {
      if (!present[target].has(ref)) problems.push({ file, field: `${field}.${i}`, reason: `refers to "${ref}", which is not in ${target}/` })
    })
  const checkMedia = (file: string, field: string, path: string | undefined) => {
    if (path && !existsSync(join(dir, mediaFolder, path))) problems.push({ file, field, reason: `names ${mediaFolder}/${path}, which does not exist` })
  }

  for (const term of bundle.glossary) checkRefs(label('glossary', `${term.slug}.json`), 'related', 'glossary', term.related)
  for (const city of bundle.cities) {
    const file = label('cities', `${city.slug}.json`)
    checkMedia(file, 'image', city.image)
    city.gallery?.forEach((g, i) => checkMedia(file, `gallery.${i}.image`, g.image))
    city.agreements?.forEach((a, i) => checkMedia(file, `agreements.${i}.document`, a.document))
  }
  for (const item of bundle.news) {
    const file = label('news', `${item.slug}.json`)
    checkRefs(file, 'cities', 'cities', item.cities)
    checkRefs(file, 'terms', 'glossary', item.terms)
    checkMedia(file, 'image', item.image)
  }

  if (problems.length > 0) throw new BundleError(problems)
  return bundle
}

/** Turns a schema issue into a reader's sentence; a missing value reads "is required". */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data)
  if (issue.code === 'invalid_type' && value === undefined) return 'is required'
  if (issue.code === 'unrecognized_keys')
    return issue.message.startsWith('has unknown locale')
      ? issue.message
      : `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return issue.message.replace(/^Invalid input: /, 'is invalid: ')
}

async function jsonFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return []
  return (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()
}

/** Drops staff-only fields and internal agreements, leaving what the public may see. */
export function toPublic<C extends CollectionName>(collection: C, entry: EntryOf<C>): EntryOf<C> {
  const copy: Record<string, unknown> = { ...entry }
  for (const field of internalFields[collection]) delete copy[field]
  if (collection === 'cities' && Array.isArray(copy.agreements)) {
    const agreements = (copy.agreements as City['agreements'] & object).filter((a) => a.visibility !== 'internal').map(({ visibility: _, ...a }) => a)
    if (agreements.length > 0) copy.agreements = agreements
    else delete copy.agreements
  }
  return copy as EntryOf<C>
}

/**
 * Serializes an entry in canonical form: schema key order, two-space indent, final newline. An entry that breaks the
 * schema (stored before a rule existed) is refused with its file and field named, so an export or deploy says which.
 */
export function serializeEntry<C extends CollectionName>(collection: C, entry: EntryOf<C>): string {
  const parsed = (schemas[collection] as z.ZodType).safeParse(entry)
  if (!parsed.success) {
    const name = String((entry as { slug?: unknown }).slug ?? '')
    const file = `${collection}/${name.length > 60 ? `${name.slice(0, 60)}…` : name}.json`
    throw new BundleError(parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.'), reason: describeIssue(issue, entry) })))
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`
}

/** Writes the JSON part of a bundle, replacing the collection folders (media is copied by the caller). */
export async function writeBundle(dir: string, bundle: Bundle): Promise<void> {
  for (const collection of collections) {
    const folder = join(dir, collection)
    await rm(folder, { recursive: true, force: true })
    await mkdir(folder, { recursive: true })
    for (const entry of bundle[collection]) await writeFile(join(folder, `${entry.slug}.json`), serializeEntry(collection, entry as never))
  }
}
