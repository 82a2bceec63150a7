/**
 * Rich text is Lexical inside the CMS and Markdown in the bundle; Payload's own converters translate both ways,
 * with the editor configuration of the project's rich-text fields.
 */
import { convertLexicalToMarkdown, convertMarkdownToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'

export interface RichTextConverter {
  toLexical(markdown: string): object
  toMarkdown(state: unknown): string
}

export async function richTextConverter(config: SanitizedConfig): Promise<RichTextConverter> {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.default({ config })
  return {
    toLexical: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }),
    toMarkdown: (state) => (state && typeof state === 'object' ? convertLexicalToMarkdown({ data: state as SerializedEditorState, editorConfig }).trim() : ''),
  }
}
