/**
 * The columns of each collection's sheet on the import page, in the admin's language: the header to type, the field
 * it fills as the edit view names it, what it holds (choices with their labels) and whether an entry needs it. Made
 * from the same layout the import reads (content/sheet/layoutTable.ts).
 */
import { getTranslation } from '@payloadcms/translations'
import type { FlattenedField, Payload, PayloadRequest } from 'payload'
import { describeColumns, type ColumnDescription } from '../../../content/sheet/layoutTable.ts'
import { registry, type CollectionName } from '../../../content/schema/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { tr, type HasTranslate } from '../../i18n/translate.ts'
import { ReportTable } from './ReportTable.tsx'

type Label = Parameters<typeof getTranslation>[0]

/**
 * The Payload fields a column's path goes through (placeholders for languages and item numbers skipped); the bundle's
 * publication state is Payload's `_status`.
 */
function fieldsOnPath(collection: CollectionName, fields: FlattenedField[], path: string[]): FlattenedField[] {
  const found: FlattenedField[] = []
  let level = fields
  const keys = path.filter((k) => !['{lang}', '{n}', '*'].includes(k))
  if (keys[0] === registry[collection].publication) keys[0] = '_status'
  for (const key of keys) {
    const field = level.find((f) => 'name' in f && f.name === key)
    if (!field) break
    found.push(field)
    level = 'flattenedFields' in field ? field.flattenedFields : []
  }
  return found
}

export function ColumnLayout({
  payload,
  i18n,
  collections,
  open,
}: {
  payload: Payload
  i18n: PayloadRequest['i18n']
  collections: CollectionName[]
  open?: string
}) {
  const t = (key: MessageKey, vars?: Record<string, unknown>) => tr(i18n as HasTranslate, key, vars)
  const label = (value: unknown) => (value ? getTranslation(value as Label, i18n) : '')
  const collectionName = (collection: string) =>
    collection in payload.collections ? label(payload.collections[collection as CollectionName].config.labels.plural) : collection

  const holds = (column: ColumnDescription, fields: FlattenedField[]): string => {
    const targets = (column.targets ?? []).map((c) => `${c}/ (${collectionName(c)})`).join(', ')
    const last = fields.at(-1)
    const options = last && 'options' in last ? last.options : []
    const choice = (value: string) => {
      const option = options.find((o) => (typeof o === 'string' ? o : o.value) === value)
      const text = option && typeof option === 'object' ? label(option.label) : ''
      return text && text !== value ? `${value} (${text})` : value
    }
    const words: Record<ColumnDescription['holds'], string> = {
      reference: t('sheetHolds_reference', { targets, example: `${column.targets?.[0] ?? 'cities'}/fukuoka` }),
      slugOf: t('sheetHolds_slugOf', { targets }),
      media: t('sheetHolds_media'),
      markdown: t('sheetHolds_markdown'),
      date: t('sheetHolds_date'),
      slug: t('sheetHolds_slug'),
      choice: t('sheetHolds_choice', { choices: (column.choices ?? []).map(choice).join(', ') }),
      number: t('sheetHolds_number'),
      boolean: t('sheetHolds_boolean'),
      text: t('sheetHolds_text'),
    }
    const what = column.list ? t('sheetHoldsList', { what: words[column.holds] }) : words[column.holds]
    return column.staffOnly ? `${what} · ${t('sheetStaffOnly')}` : what
  }
  const mediaAlt = payload.collections.media.config.flattenedFields.filter((field) => 'name' in field && field.name === 'alt')
  const required = (column: ColumnDescription) => {
    if (column.required === 'no') return ''
    const which = t(column.required === 'th' ? 'sheetRequired_th' : 'sheetRequired_yes')
    return column.eachItem ? t('sheetRequiredEachItem', { which }) : which
  }

  return (
    <section className="bma-sheet-columns" aria-labelledby="bma-sheet-columns">
      <h2 id="bma-sheet-columns">{t('sheetColumns')}</h2>
      <p>{t('sheetColumnsIntro')}</p>
      {collections.map((collection) => {
        const fields = payload.collections[collection].config.flattenedFields
        return (
          <details key={collection} open={collection === open}>
            <summary>
              {collectionName(collection)} <code>{collection}</code>
            </summary>
            <ReportTable
              headers={[t('sheetColumn'), t('sheetField'), t('sheetHolds'), t('sheetRequired')]}
              rows={describeColumns(collection).map((column) => {
                // An image's alternative text is the media item's own, written from the entry.
                const path = column.altOf
                  ? [...fieldsOnPath(collection, fields, [...column.path.slice(0, -2), column.altOf]), ...mediaAlt]
                  : fieldsOnPath(collection, fields, column.path)
                return [
                  <code key="header">{column.header}</code>,
                  path.map((field) => label('label' in field ? field.label : '')).join(' › '),
                  holds(column, path),
                  required(column),
                ]
              })}
            />
          </details>
        )
      })}
    </section>
  )
}
