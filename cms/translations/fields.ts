/**
 * The workflow's fields on each translated collection: the state (what each translation was made from), one status
 * per language (list columns and filters, kept up to date on every save), and the panel on the edit view. Only the
 * workflow writes them; staff read them; the public never does.
 */
import type { Field, FieldAccess, Option } from 'payload'
import { localeFacts, type Locale } from '../../content/schema/index.ts'
import { staffField } from '../access/index.ts'
import { messages } from '../i18n/messages.ts'
import { targetLocales, translationStatuses, type TranslationStatus } from './status.ts'

export const stateFieldName = 'translation'
export const panelFieldName = 'translationPanel'
/** `translationJa` for `ja`: a field name SQL and GraphQL accept. */
export const statusFieldName = (locale: Locale) => `translation${locale[0]!.toUpperCase()}${locale.slice(1)}`

const nobody: FieldAccess = () => false
const workflowOnly = { read: staffField, create: nobody, update: nobody }

const statusLabel = (status: TranslationStatus) => ({ th: messages.th[`status_${status}`], en: messages.en[`status_${status}`] })
const statusOptions: Option[] = translationStatuses.map((value) => ({ value, label: statusLabel(value) }))

export const workflowFields: Field[] = [
  { name: stateFieldName, type: 'json', access: workflowOnly, admin: { disabled: true } },
  ...targetLocales.map((locale): Field => ({
    name: statusFieldName(locale),
    label: { th: `คำแปล${localeFacts[locale].label}`, en: `${localeFacts[locale].label} translation` },
    type: 'select',
    options: statusOptions,
    index: true,
    access: workflowOnly,
    admin: {
      // A list column and filter only: the edit view shows the panel instead.
      condition: () => false,
      components: { Cell: '/components/translations/StatusCell.tsx#StatusCell' },
    },
  })),
  {
    name: panelFieldName,
    type: 'ui',
    label: { th: 'สถานะคำแปล', en: 'Translation status' },
    admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/translations/TranslationPanel.tsx#TranslationPanel' } },
  },
]

/** The names of the fields above: bookkeeping that no bundle carries. */
export const workflowFieldNames = workflowFields.flatMap((field) => ('name' in field ? [field.name] : []))
