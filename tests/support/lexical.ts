import type { Glossary } from '../../cms/payload-types.ts'

/** A one-paragraph Lexical rich-text value, as the admin's editor saves it. */
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
