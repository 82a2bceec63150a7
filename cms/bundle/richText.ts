/**
 * Rich text is Lexical inside the CMS and Markdown in the bundle; Payload's own converters translate both ways,
 * with the editor configuration of the project's rich-text fields.
 */
import { convertLexicalToMarkdown, convertMarkdownToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'
import type { Glossary } from '../payload-types.ts'

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

/** One paragraph of plain text as the admin's editor saves it (sample and test content written through the API). */
export function paragraph(text: string): Glossary['definition'] {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}
