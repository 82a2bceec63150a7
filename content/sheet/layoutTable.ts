/**
 * The column layout of every collection's sheet in words, made from the layout itself (./layout.ts): the Markdown
 * tables of content/README.md (which a unit test compares with this) and the list on the admin's import page, so that
 * neither can drift from what the import reads.
 */
import { collections, type CollectionName } from '../schema/index.ts'
import { columnTemplates, listSeparator, type ColumnTemplate } from './layout.ts'

/** What a column holds, in a few words (plain text: a table cell in Markdown and in the admin alike). */
function holds(template: ColumnTemplate): string {
  const { kind } = template
  let what: string
  if (kind.reference) {
    const targets = kind.reference.to.map((c) => `${c}/`).join(', ')
    what = kind.reference.form === 'path' ? `reference {collection}/{slug} to ${targets}` : `slug of ${targets}`
  } else if (kind.media) what = 'media path (under media/)'
  else if (kind.markdown) what = 'Markdown'
  else if (template.format === 'date') what = 'ISO date'
  else if (template.format === 'slug') what = 'slug'
  else if (template.choices) what = `one of ${template.choices.join(', ')}`
  else if (template.type === 'number') what = 'number (. for decimals)'
  else if (template.type === 'boolean') what = 'TRUE or FALSE'
  else what = 'text'
  if (template.list) what = `list of ${what.replace(/^reference/, 'references').replace(/^slug/, 'slugs')}, separated by ${listSeparator}`
  return kind.staffOnly ? `${what} · staff` : what
}

function required(template: ColumnTemplate): string {
  if (template.required === 'no') return ''
  const which = template.required === 'th' ? 'th' : 'yes'
  return template.path.includes('{n}') ? `${which}, in each item` : which
}

/** Each column of a collection's sheet: its header, what it holds and whether an entry needs it. */
export const describeColumns = (collection: CollectionName): { header: string; holds: string; required: string }[] =>
  columnTemplates(collection).map((template) => ({ header: template.header, holds: holds(template), required: required(template) }))

/** The Markdown table of one collection's columns. */
export function layoutTable(collection: CollectionName): string {
  const rows = describeColumns(collection).map((column) => `| \`${column.header}\` | ${column.holds} | ${column.required} |`)
  return [`#### ${collection}`, '', '| column | holds | required |', '| --- | --- | --- |', ...rows].join('\n')
}

/** Every collection's table, in the registry's order. */
export const layoutTables = (): string => collections.map(layoutTable).join('\n\n')
