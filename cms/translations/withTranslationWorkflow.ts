/**
 * Adds the translation workflow to a collection of the registry: its fields, the hook that keeps them, the
 * endpoints of the edit view, and beside every translated field the Thai source it is translated from.
 */
import type { CollectionConfig, Field } from 'payload'
import { isCollection } from '../../content/schema/index.ts'
import { translationEndpoints } from './endpoints.ts'
import { statusFieldName, workflowFields } from './fields.ts'
import { recordTranslations } from './recordTranslations.ts'
import { sourcePaths } from './sources.ts'
import { targetLocales } from './status.ts'

const thaiSource = '/components/translations/ThaiSource.tsx#ThaiSource'

/** The fields with the Thai source shown after the input of each translated one. */
function withThaiSources(fields: Field[], paths: string[][], at: string[] = []): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    const here = [...at, field.name]
    const key = here.join('.')
    if (paths.some((path) => path.join('.') === key)) {
      const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[] } }
      return { ...field, admin: { ...admin, components: { ...admin.components, afterInput: [...(admin.components?.afterInput ?? []), thaiSource] } } } as Field
    }
    if (field.type === 'array') return { ...field, fields: withThaiSources(field.fields, paths, [...here, '*']) }
    if (field.type === 'group') return { ...field, fields: withThaiSources(field.fields, paths, here) }
    return field
  })
}

export function withTranslationWorkflow(collection: CollectionConfig): CollectionConfig {
  if (!isCollection(collection.slug)) return collection
  const paths = sourcePaths(collection.slug, collection.fields)
  const columns = collection.admin?.defaultColumns ?? []
  return {
    ...collection,
    // A column per language in the list, after the collection's own.
    admin: { ...collection.admin, defaultColumns: [...columns.filter((c) => c !== 'updatedAt'), ...targetLocales.map(statusFieldName)] },
    fields: [...withThaiSources(collection.fields, paths), ...workflowFields],
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), recordTranslations(paths)] },
    endpoints: [...(collection.endpoints || []), ...translationEndpoints(collection.slug, paths)],
  }
}
