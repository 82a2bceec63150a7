import type { Access, CollectionConfig } from 'payload'
import { apiGuards } from '../hooks/apiGuards.ts'
import { isContentStaff, isEditor, isStaff, publishedOrStaff } from '../access/index.ts'
import { changeByVisibility, readByVisibility, readVersionsByVisibility } from '../access/visibility.ts'
import { forgetFilesNaming } from '../access/namedFiles.ts'
import { dropHiddenItems } from '../hooks/dropHiddenItems.ts'
import { enforceTranslatorRules } from '../hooks/enforceTranslatorRules.ts'
import { forgetPublicReadsOnChange, forgetPublicReadsOnDelete } from '../hooks/forgetPublicReads.ts'
import { rejectUnknownLocale } from '../hooks/rejectUnknownLocale.ts'
import { noteDraftSave, queueDeployOnChange, queueDeployOnDelete } from '../hooks/queueDeploy.ts'
import { publicReadsPublishedOnly } from '../hooks/publicReadsPublishedOnly.ts'
import { requireThaiFirst } from '../hooks/requireThaiFirst.ts'

/** What every published collection shares: the roles table, drafts and versions, redeploys. */
export const publishedContent = {
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isEditor,
    update: isContentStaff,
    delete: isEditor,
  },
  // Drafts are validated too: they may leave values out, but what they hold is checked (cms/fields/validate.ts).
  versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 25 },
  hooks: {
    beforeOperation: [...apiGuards, rejectUnknownLocale, publicReadsPublishedOnly, requireThaiFirst, enforceTranslatorRules, noteDraftSave],
    afterChange: [queueDeployOnChange, forgetPublicReadsOnChange],
    afterDelete: [queueDeployOnDelete, forgetPublicReadsOnDelete],
  },
} satisfies Partial<CollectionConfig>

/** Both rules must allow; a query constraint of the second narrows what the first allows. */
const both =
  (first: Access, second: Access): Access =>
  (args) =>
    first(args) ? second(args) : false

/** Collections whose entries and documents carry a visibility (agreements, activities): read and changed by it. */
export const visibleContent = {
  ...publishedContent,
  access: {
    read: readByVisibility,
    readVersions: readVersionsByVisibility,
    create: isEditor,
    update: both(isContentStaff, changeByVisibility),
    delete: both(isEditor, changeByVisibility),
  },
  hooks: { ...publishedContent.hooks, beforeChange: [forgetFilesNaming], afterRead: [dropHiddenItems] },
} satisfies Partial<CollectionConfig>
