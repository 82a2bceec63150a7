'use client'
/**
 * Names the rich-text editor's own buttons in the admin's language: richtext-lexical gives its block handles and link
 * buttons fixed English names (aria-label), which screen readers read out. Runs in each editor, on what it shows.
 */
import type { PluginComponentWithAnchor } from '@payloadcms/richtext-lexical'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import type { MessageKey } from '../i18n/messages.ts'
import { tr } from '../i18n/translate.ts'

/** richtext-lexical's buttons, by their class, and our words for them. */
const buttons: [selector: string, key: MessageKey][] = [
  ['button.draggable-block-menu', 'editorDragToMove'],
  ['button.add-block-menu', 'editorAddBlock'],
  ['button.link-edit', 'editorEditLink'],
  ['button.link-trash', 'editorRemoveLink'],
]

/** The editor renders these buttons into its floating anchor (and again whenever it re-creates them). */
const ButtonLabels: PluginComponentWithAnchor = ({ anchorElem }) => {
  const { i18n } = useTranslation()
  useEffect(() => {
    const name = () => {
      for (const [selector, key] of buttons) {
        const label = tr(i18n, key)
        for (const button of anchorElem.querySelectorAll(selector)) if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label)
      }
    }
    name()
    const observer = new MutationObserver(name)
    observer.observe(anchorElem, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [anchorElem, i18n])
  return null
}

export const EditorButtonLabelsFeature = createClientFeature({ plugins: [{ Component: ButtonLabels, position: 'floatingAnchorElem' }] })
