/**
 * The rich-text editor of every rich-text field: Lexical with its default features, and its own buttons named in the
 * admin's language (richtext-lexical names its block handles and link buttons in English, outside its translations).
 */
import { createServerFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

const ButtonLabelsFeature = createServerFeature({
  feature: { ClientFeature: '/components/EditorButtonLabels.tsx#EditorButtonLabelsFeature' },
  key: 'buttonLabels',
})

export const editor: ReturnType<typeof lexicalEditor> = lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, ButtonLabelsFeature()] })
