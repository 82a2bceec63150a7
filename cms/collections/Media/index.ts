import type { Access, CollectionConfig } from 'payload'
import { isEditor } from '../../access/index.ts'
import { forgetPublicReadsOnChange, forgetPublicReadsOnDelete } from '../../hooks/forgetPublicReads.ts'
import { limitReads } from '../../hooks/limitReads.ts'
import { rejectMalformedIds } from '../../hooks/rejectMalformedIds.ts'
import { refuseWritesWithReadOnlyKey } from '../../access/readOnlyApiKeys.ts'
import { rejectUnknownLocale } from '../../hooks/rejectUnknownLocale.ts'
import { requireThaiFirst } from '../../hooks/requireThaiFirst.ts'
import { mediaDir } from '../../paths.ts'
import { queueDeployOnMediaChange, queueDeployOnMediaDelete } from './hooks/queueDeployForUsedMedia.ts'
import { rejectUnsafeUploads } from './hooks/rejectUnsafeUploads.ts'
import { requiredInThai } from '../../fields/requiredInThai.ts'
import { allOf, validateWith } from '../../fields/validate.ts'
import { summaryText } from '../../../content/schema.ts'

/** Staff see every file; the public sees files not marked internal (internal agreement documents stay internal). */
const publicUnlessInternal: Access = ({ req: { user } }) => (user ? true : { internal: { not_equals: true } })

const webp = { format: 'webp' as const, options: { quality: 78 } }

/** Images (resized to WebP by sharp) and agreement documents (PDF). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media file', th: 'ไฟล์สื่อ' }, plural: { en: 'Media', th: 'สื่อ' } },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'internal', 'updatedAt'] },
  access: { read: publicUnlessInternal, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [rejectMalformedIds, limitReads, refuseWritesWithReadOnlyKey, rejectUnknownLocale, requireThaiFirst, rejectUnsafeUploads],
    afterChange: [queueDeployOnMediaChange, forgetPublicReadsOnChange],
    afterDelete: [queueDeployOnMediaDelete, forgetPublicReadsOnDelete],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, withoutEnlargement: true, formatOptions: webp },
      { name: 'card', width: 800, withoutEnlargement: true, formatOptions: webp },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: allOf(requiredInThai, validateWith(summaryText)),
      admin: { description: 'Alternative text for images, title for documents.' },
    },
    { name: 'internal', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', description: 'Internal documents are visible to staff only.' } },
    {
      name: 'bundlePath',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Path under content/media/ in the content bundle.' },
    },
  ],
}
