/**
 * Reading, checking and writing a content bundle directory. A bundle is accepted whole or rejected whole:
 * `readBundle` either returns every entry or throws a BundleError listing every problem (file, field, reason).
 * Everything here loops over the collection registry and the field kinds recorded on each schema.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import {
  bundleOf,
  collections,
  fieldsOf,
  isCollection,
  isDraft,
  referenceTarget,
  registry,
  unwrap,
  valuesAt,
  type Bundle,
  type CollectionName,
  type EntryOf,
  type Reference,
} from './schema/index.ts'

export type { Bundle } from './schema/index.ts'

export interface BundleProblem {
  /** Path of the file relative to the bundle's parent, e.g. `content/cities/fukuoka.json`. */
  file: string
  /** Dotted field path, empty for a problem with the whole file. */
  field: string
  reason: string
}

export class BundleError extends Error {
  readonly problems: BundleProblem[]
  constructor(problems: BundleProblem[]) {
    super(`The content bundle was rejected (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'BundleError'
    this.problems = problems
  }
}

export function formatProblem({ file, field, reason }: BundleProblem): string {
  return `${file}: ${field ? `${field} ` : ''}${reason}`
}

const mediaFolder = 'media'

export const emptyBundle = (): Bundle => bundleOf(() => [])

/** What a bundle holds, for a command's report: `12 glossary, 3 cities, …` over every collection of the registry. */
export const bundleCounts = (bundle: Bundle): string => collections.map((c) => `${bundle[c].length} ${c}`).join(', ')

/** Reads and checks a bundle: schema, slug = file name, unique slugs, references that resolve, media that exists. */
export async function readBundle(dir: string): Promise<Bundle> {
  const problems: BundleProblem[] = []
  const label = (...parts: string[]) => join(relative(join(dir, '..'), dir) || dir, ...parts)
  const bundle = emptyBundle()
  // Slugs by file name, valid or not, so that one broken file is reported once and not again as a dangling reference.
  const present = new Map(collections.map((c) => [c, new Set<string>()]))

  if (!existsSync(dir)) throw new BundleError([{ file: dir, field: '', reason: 'does not exist' }])
  for (const collection of collections) {
    const files = await jsonFiles(join(dir, collection))
    // Read all at once: thousands of small files one after another wait on the disk thousands of times.
    const texts = await Promise.all(files.map((name) => readFile(join(dir, collection, name), 'utf8')))
    const seen = new Map<string, string>()
    for (const [i, name] of files.entries()) {
      const file = label(collection, name)
      const expected = name.replace(/\.json$/, '')
      present.get(collection)!.add(expected)
      let data: unknown
      try {
        data = JSON.parse(texts[i]!)
      } catch (error) {
        problems.push({ file, field: '', reason: `is not valid JSON (${(error as Error).message})` })
        continue
      }
      const parsed = registry[collection].schema.safeParse(data)
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file, field: issue.path.join('.'), reason: describeIssue(issue, data) })
        continue
      }
      const entry = parsed.data
      if (entry.slug !== expected) problems.push({ file, field: 'slug', reason: `"${entry.slug}" does not match the file name (expected "${expected}")` })
      const other = seen.get(entry.slug)
      if (other) problems.push({ file, field: 'slug', reason: `duplicate slug "${entry.slug}" (also in ${other})` })
      seen.set(entry.slug, file)
      ;(bundle[collection] as unknown[]).push(entry)
    }
  }

  for (const collection of collections) {
    for (const entry of bundle[collection]) {
      const file = label(collection, `${entry.slug}.json`)
      for (const { path, kind } of fieldsOf(collection)) {
        for (const { value, at } of valuesAt(entry, path)) {
          const field = at.join('.')
          if (kind.reference && typeof value === 'string') {
            const reason = referenceProblem(value, kind.reference, (c, slug) => present.get(c as CollectionName)?.has(slug) ?? false)
            if (reason) problems.push({ file, field, reason })
          }
          if (kind.media && typeof value === 'string' && !existsSync(join(dir, mediaFolder, value))) {
            problems.push({ file, field, reason: `names ${mediaFolder}/${value}, which does not exist` })
          }
        }
      }
    }
  }

  if (problems.length > 0) throw new BundleError(problems)
  return bundle
}

/** Why a reference does not resolve, or undefined when it does (or need not: a domain may be absent). */
export function referenceProblem(value: string, reference: Reference, exists: (collection: string, slug: string) => boolean): string | undefined {
  const { collection, slug } = referenceTarget(value, reference)
  if (!reference.to.includes(collection)) return `refers to ${collection}/, but may only refer to ${reference.to.map((c) => `${c}/`).join(' or ')}`
  if (reference.mustExist && !exists(collection, slug)) return `refers to "${slug}", which is not in ${collection}/`
  return undefined
}

/** Turns a schema issue into a reader's sentence; a missing value reads "is required". */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data)
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) return 'is required'
  if (issue.code === 'unrecognized_keys')
    return issue.message.startsWith('has unknown locale')
      ? issue.message
      : `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  if (issue.code === 'invalid_value') return `is "${String(value)}", which is not one of: ${issue.values.map(String).join(', ')}`
  return issue.message.replace(/^Invalid input: /, 'is invalid: ')
}

async function jsonFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return []
  return (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()
}

/** The visibility of an entry or of an item inside one (an agreement, a document): public unless it says otherwise. */
const isVisible = (value: unknown) => {
  const visibility = value && typeof value === 'object' ? (value as { visibility?: unknown }).visibility : undefined
  return visibility === undefined || visibility === 'public'
}

/** Whether an entry reaches the public at all: published, and public. */
export const isPublicEntry = <C extends CollectionName>(collection: C, entry: EntryOf<C>): boolean => !isDraft(collection, entry) && isVisible(entry)

/** What the public may see of an entry: staff-only fields removed, and list items (agreements, documents) that are not public. */
export function toPublic<C extends CollectionName>(collection: C, entry: EntryOf<C>): EntryOf<C> {
  return strip(registry[collection].schema, entry) as EntryOf<C>
}

function strip(schema: z.ZodType, value: unknown): unknown {
  const { schema: node, kind } = unwrap(schema)
  if (kind.localized || value === null || typeof value !== 'object') return value
  const def = node._zod.def as unknown as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }
  if (Array.isArray(value)) return def.element ? value.filter(isVisible).map((item) => strip(def.element!, item)) : value
  if (!def.shape) return value
  const kept: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const field = def.shape[key]
    if (!field || unwrap(field).kind.staffOnly) continue
    const stripped = strip(field, item)
    // A list left empty by removing items that are not public is left out, as an export leaves out empty lists.
    if (!(Array.isArray(stripped) && stripped.length === 0 && Array.isArray(item) && item.length > 0)) kept[key] = stripped
  }
  return kept
}

/**
 * An entry without the references `keep` refuses (to entries that are not public, say): a list loses the item, a
 * single reference its field. References that need not resolve (a domain) are kept: they are shown by their slug.
 */
export function pruneReferences<C extends CollectionName>(collection: C, entry: EntryOf<C>, keep: (collection: string, slug: string) => boolean): EntryOf<C> {
  const prune = (schema: z.ZodType, value: unknown): unknown => {
    const { schema: node, kind } = unwrap(schema)
    if (kind.reference) {
      if (!kind.reference.mustExist || typeof value !== 'string') return value
      const { collection: target, slug } = referenceTarget(value, kind.reference)
      return keep(target, slug) ? value : undefined
    }
    if (kind.localized || value === null || typeof value !== 'object') return value
    const def = node._zod.def as unknown as { shape?: Record<string, z.ZodType>; element?: z.ZodType }
    if (Array.isArray(value)) return def.element ? value.map((item) => prune(def.element!, item)).filter((item) => item !== undefined) : value
    if (!def.shape) return value
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => {
        const kept = def.shape![key] ? prune(def.shape![key], item) : item
        return kept === undefined ? [] : [[key, kept]]
      }),
    )
  }
  return prune(registry[collection].schema, entry) as EntryOf<C>
}

/**
 * Serializes an entry in canonical form: schema key order, two-space indent, final newline. An entry that breaks the
 * schema (stored before a rule existed) is refused with its file and field named, so an export or deploy says which.
 */
export function serializeEntry<C extends CollectionName>(collection: C, entry: EntryOf<C>): string {
  const parsed = (registry[collection].schema as z.ZodType).safeParse(entry)
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
    if (bundle[collection].length === 0) continue
    await mkdir(folder, { recursive: true })
    for (const entry of bundle[collection]) await writeFile(join(folder, `${entry.slug}.json`), serializeEntry(collection, entry))
  }
}

export { isCollection }
