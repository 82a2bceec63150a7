import type { Access, CollectionConfig, Where } from 'payload'
import { apiGuards } from '../../hooks/apiGuards.ts'
import { editorField, isEditor } from '../../access/index.ts'
import { hasRole } from '../../access/roles.ts'
import { filesOfEntriesNaming } from '../../access/namedFiles.ts'
import { readableVisibilities } from '../../access/visibility.ts'
import { forgetPublicReadsOnChange, forgetPublicReadsOnDelete } from '../../hooks/forgetPublicReads.ts'
import { rejectUnknownLocale } from '../../hooks/rejectUnknownLocale.ts'
import { requireThaiFirst } from '../../hooks/requireThaiFirst.ts'
import { mediaDir } from '../../paths.ts'
import { queueDeployOnMediaChange, queueDeployOnMediaDelete } from './hooks/queueDeployForUsedMedia.ts'
import { rejectUnsafeUploads } from './hooks/rejectUnsafeUploads.ts'
import { requiredInThai } from '../../fields/requiredInThai.ts'
import { allOf, validateWith } from '../../fields/validate.ts'
import { visibilityOptions } from '../../fields/visibility.ts'
import { summaryText } from '../../../content/schema/index.ts'

/**
 * A file is read by those who may read its visibility (the most restrictive of the entries and documents holding it),
 * and a restricted one also by the users a restricted entry holding it names.
 */
const readByFileVisibility: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const byLevel: Where = { visibility: { in: readableVisibilities(req.user) } }
  const named = await filesOfEntriesNaming(req)
  return named.length ? { or: [byLevel, { and: [{ visibility: { equals: 'restricted' } }, { id: { in: named } }] }] } : byLevel
}

// Effort 2 of 6: half the encoding time of the default 4 for files about 6 % larger (the seed's 60 images: 2.1 MB
// at 4, 2.2 MB at 2); the public site makes its own sizes from the originals (site/astro.config.ts).
const webp = { format: 'webp' as const, options: { quality: 78, effort: 2 } }

/** Images (resized to WebP by sharp) and agreement documents (PDF). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media file', th: 'ไฟล์สื่อ' }, plural: { en: 'Media', th: 'สื่อ' } },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'internal', 'updatedAt'] },
  access: { read: readByFileVisibility, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [...apiGuards, rejectUnknownLocale, requireThaiFirst, rejectUnsafeUploads],
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
      label: { th: 'คำอธิบายภาพ / ชื่อเอกสาร', en: 'Alternative text / title' },
      type: 'text',
      localized: true,
      validate: allOf(requiredInThai, validateWith(summaryText)),
      admin: {
        description: {
          th: 'สำหรับภาพ: บอกว่าในภาพมีอะไร สำหรับผู้ที่มองไม่เห็นภาพ สำหรับเอกสาร: ชื่อเอกสาร',
          en: 'Alternative text for images, title for documents.',
        },
      },
    },
    {
      name: 'visibility',
      label: { th: 'ผู้มีสิทธิ์เห็น', en: 'Who may see it' },
      type: 'select',
      options: visibilityOptions,
      defaultValue: 'public',
      required: true,
      index: true,
      access: { update: editorField },
      admin: {
        position: 'sidebar',
        description: {
          th: 'ระบบตั้งให้ตามรายการที่ใช้ไฟล์นี้ ไฟล์ที่ไม่ใช่ "ทุกคน" ไม่ขึ้นเว็บไซต์',
          en: 'Set from the entries that use the file; files not for everyone never reach the public site.',
        },
      },
    },
    {
      name: 'bundlePath',
      type: 'text',
      unique: true,
      index: true,
      label: { th: 'ตำแหน่งในชุดข้อมูล', en: 'Path in the bundle' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { th: 'ตำแหน่งไฟล์ในโฟลเดอร์ content/media/ ของชุดข้อมูล', en: 'Path under content/media/ in the content bundle.' },
      },
    },
  ],
}
