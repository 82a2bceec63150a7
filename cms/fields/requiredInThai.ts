import type { Validate } from 'payload'
import { defaultLocale } from '../../content/schema/index.ts'
import { reqText } from '../i18n/translate.ts'
import { isDraftSave } from './validate.ts'

/** True when a value holds something: non-blank text, a non-empty list, or rich text with any words. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.some(hasContent)
  if (typeof value === 'object') {
    const node = value as { text?: unknown; children?: unknown; root?: unknown }
    if ('root' in node) return hasContent(node.root)
    if (typeof node.text === 'string') return hasContent(node.text)
    if (Array.isArray(node.children)) return hasContent(node.children)
    return ['upload', 'relationship'].includes((node as { type?: string }).type ?? '')
  }
  return true
}

/**
 * The bundle's rule for localized fields: Thai is required, other locales are optional and fall back to Thai.
 * (Payload's `required` would demand every locale that is written.) A draft may still be missing it.
 */
export const requiredInThai: Validate = (value, options) => {
  if ((options.req.locale ?? defaultLocale) !== defaultLocale || hasContent(value) || isDraftSave(options)) return true
  return reqText(options.req, 'requiredInThai')
}
