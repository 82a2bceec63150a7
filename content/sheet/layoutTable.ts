/**
 * The column layout of every collection's sheet described, made from the layout itself (./layout.ts): the Markdown
 * tables of content/README.md (which a unit test compares with this) and the list on the admin's import page (which
 * words the same descriptions in the admin's language), so that neither can drift from what the import reads.
 */
import { collections, type CollectionName } from '../schema/index.ts'
import { columnTemplates, listSeparator, type ColumnTemplate } from './layout.ts'

/** What a column's cells hold. */
export type Holds = 'reference' | 'slugOf' | 'media' | 'markdown' | 'date' | 'slug' | 'choice' | 'number' | 'boolean' | 'text'

export interface ColumnDescription {
  header: string
  /** Where its cells go in an entry (./layout.ts `ColumnTemplate.path`). */
  path: string[]
  holds: Holds
  /** The collections a reference (or a slug of one) names. */
  targets?: readonly string[]
  choices?: readonly string[]
  /** The cell holds several values, separated by `;`. */
  list: boolean
  staffOnly: boolean
  /** Whether an entry needs it: `th` for the Thai column of a localized field. */
  required: ColumnTemplate['required']
  /** Required in each item of a numbered list (`documents.{n}.file`), not of the entry. */
  eachItem: boolean
  /** The image field whose alternative text the column holds (`imageAlt_{lang}`: `image`). */
  altOf?: string
}

function holds(template: ColumnTemplate): Pick<ColumnDescription, 'holds' | 'targets' | 'choices'> {
  const { kind } = template
  if (kind.reference) return { holds: kind.reference.form === 'path' ? 'reference' : 'slugOf', targets: kind.reference.to }
  if (kind.media) return { holds: 'media' }
  if (kind.markdown) return { holds: 'markdown' }
  if (template.format) return { holds: template.format }
  if (template.choices) return { holds: 'choice', choices: template.choices }
  return { holds: template.type }
}

/** Each column of a collection's sheet: its header, what it holds and whether an entry needs it. */
export const describeColumns = (collection: CollectionName): ColumnDescription[] =>
  columnTemplates(collection).map((template) => ({
    header: template.header,
    path: template.path,
    ...holds(template),
    list: template.list,
    staffOnly: Boolean(template.kind.staffOnly),
    required: template.required,
    eachItem: template.path.includes('{n}'),
    ...(template.kind.altOf && { altOf: template.kind.altOf }),
  }))

const targetList = (targets: readonly string[] = []) => targets.map((c) => `${c}/`).join(', ')

/** What a column holds, in a few English words (a table cell of content/README.md). */
function holdsInEnglish(column: ColumnDescription): string {
  const words: Record<Holds, string> = {
    reference: `reference {collection}/{slug} to ${targetList(column.targets)}`,
    slugOf: `slug of ${targetList(column.targets)}`,
    media: 'media path (under media/)',
    markdown: 'Markdown',
    date: 'ISO date',
    slug: 'slug',
    choice: `one of ${column.choices?.join(', ')}`,
    number: 'number (. for decimals)',
    boolean: 'TRUE or FALSE',
    text: 'text',
  }
  let what = words[column.holds]
  if (column.list) what = `list of ${what.replace(/^reference/, 'references').replace(/^slug/, 'slugs')}, separated by ${listSeparator}`
  return column.staffOnly ? `${what} · staff` : what
}

function requiredInEnglish(column: ColumnDescription): string {
  if (column.required === 'no') return ''
  return column.eachItem ? `${column.required}, in each item` : column.required
}

/** The Markdown table of one collection's columns. */
export function layoutTable(collection: CollectionName): string {
  const rows = describeColumns(collection).map((column) => `| \`${column.header}\` | ${holdsInEnglish(column)} | ${requiredInEnglish(column)} |`)
  return [`#### ${collection}`, '', '| column | holds | required |', '| --- | --- | --- |', ...rows].join('\n')
}

/** Every collection's table, in the registry's order. */
export const layoutTables = (): string => collections.map(layoutTable).join('\n\n')
