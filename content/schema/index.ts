/**
 * The content bundle (v2): the registry of its collections, one module each, and the types everything else derives
 * from them. Adding a collection is a module here and its line in `registry`; the compiler then names every place
 * (CMS mapping, site pages) that must say what to do with it. Field meanings are in content/README.md.
 */
import type { z } from 'zod'
import { activities } from './activities.ts'
import { agreements } from './agreements.ts'
import { cities } from './cities.ts'
import { domains } from './domains.ts'
import { glossary } from './glossary.ts'
import { news } from './news.ts'
import { organizations } from './organizations.ts'
import { schemaFields, valuesAt, type SchemaField } from './walk.ts'

export const registry = { glossary, cities, news, organizations, agreements, activities, domains }

export type CollectionName = keyof typeof registry
/** The collections in the registry's order (the order of folders in a bundle and of lists in messages). */
export const collections = Object.keys(registry) as CollectionName[]
export type EntryOf<C extends CollectionName> = z.infer<(typeof registry)[C]['schema']>
export type Bundle = { [C in CollectionName]: EntryOf<C>[] }

/** The collections that have pages of their own on the site. */
export type PageCollection = { [C in CollectionName]: (typeof registry)[C]['segment'] extends string ? C : never }[CollectionName]
export const pageCollections = collections.filter((c): c is PageCollection => registry[c].segment !== undefined)

export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(registry, name)
}

const fieldsByCollection = new Map<CollectionName, SchemaField[]>()
/** The marked fields of a collection (references, media, localized, staff only ...), found once from its schema. */
export function fieldsOf(collection: CollectionName): SchemaField[] {
  let fields = fieldsByCollection.get(collection)
  if (!fields) fieldsByCollection.set(collection, (fields = schemaFields(registry[collection].schema)))
  return fields
}

/** Whether an entry is a draft (in a full backup; a snapshot holds published entries only). */
export const isDraft = <C extends CollectionName>(collection: C, entry: EntryOf<C>): boolean =>
  (entry as Record<string, unknown>)[registry[collection].publication] === 'draft'

/** The locales an entry holds any text in (a translation may start with any field, not only the title). */
export function localesOf<C extends CollectionName>(collection: C, entry: EntryOf<C>): Set<string> {
  const found = new Set<string>()
  for (const { path, kind } of fieldsOf(collection)) {
    if (!kind.localized) continue
    for (const { value } of valuesAt(entry, path)) {
      for (const [locale, text] of Object.entries(value as Record<string, unknown>)) if (text !== undefined && text !== null && text !== '') found.add(locale)
    }
  }
  return found
}

/** An entry's title in every locale it has. */
export const titleOf = <C extends CollectionName>(collection: C, entry: EntryOf<C>): Partial<Record<string, string>> =>
  (entry as Record<string, unknown>)[registry[collection].title] as Partial<Record<string, string>>

/**
 * The collections in an order where each comes after those it refers to (a reference to its own collection does
 * not count): the order an import writes them in, so that every reference can be resolved to an id.
 */
export function dependencyOrder(): CollectionName[] {
  const deps = new Map(
    collections.map((c) => [
      c,
      new Set(
        fieldsOf(c)
          .flatMap((f) => f.kind.reference?.to ?? [])
          .filter((to) => to !== c),
      ),
    ]),
  )
  const ordered: CollectionName[] = []
  while (ordered.length < collections.length) {
    const next = collections.find((c) => !ordered.includes(c) && [...deps.get(c)!].every((d) => ordered.includes(d as CollectionName)))
    if (!next) throw new Error(`The collections refer to each other in a circle: ${collections.filter((c) => !ordered.includes(c)).join(', ')}`)
    ordered.push(next)
  }
  return ordered
}

export * from './fields.ts'
export * from './locales.ts'
export type { Activity, ActivityKind } from './activities.ts'
export { activityKinds, endProblem } from './activities.ts'
export type { Agreement, AgreementKind, AgreementStatus } from './agreements.ts'
export { agreementKinds, agreementStatuses, documentVisibilityProblem, expiryProblem } from './agreements.ts'
export type { City, Relationship } from './cities.ts'
export { relationships } from './cities.ts'
export type { Domain } from './domains.ts'
export type { GlossaryEntry } from './glossary.ts'
export type { NewsItem } from './news.ts'
export type { Organization, OrganizationKind } from './organizations.ts'
export { organizationKinds } from './organizations.ts'
export { unwrap, valuesAt, type Located, type SchemaField } from './walk.ts'

/** A bundle made collection by collection (the one place the per-collection entry types meet a loop). */
export function bundleOf(make: <C extends CollectionName>(collection: C) => EntryOf<C>[]): Bundle {
  return Object.fromEntries(collections.map((collection) => [collection, make(collection)])) as unknown as Bundle
}
