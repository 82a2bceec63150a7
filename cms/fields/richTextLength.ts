import type { SanitizedConfig, Validate } from 'payload'
import { maxMarkdownLength } from '../../content/limits.ts'
import { richTextConverter, type RichTextConverter } from '../bundle/richText.ts'

const converters = new WeakMap<SanitizedConfig, Promise<RichTextConverter>>()

/**
 * Rich text is measured as the Markdown the bundle holds, so the CMS refuses exactly what a bundle would: a body the
 * bundle could not carry is refused when it is saved, not when the next deploy exports it.
 */
export const richTextWithinLimit: Validate = async (value, { req }) => {
  if (value === null || value === undefined) return true
  const config = req.payload.config
  if (!converters.has(config)) converters.set(config, richTextConverter(config))
  let markdown: string
  try {
    markdown = (await converters.get(config)!).toMarkdown(value)
  } catch {
    return 'is not valid rich text (a Lexical editor state was expected).'
  }
  return markdown.length <= maxMarkdownLength ? true : `is ${markdown.length} characters long as Markdown; at most ${maxMarkdownLength} are allowed.`
}
