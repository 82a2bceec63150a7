import { micromark } from 'micromark'

/**
 * Content Markdown (CommonMark) to HTML. micromark's defaults are the safe ones: raw HTML in the source is escaped
 * and shown as text, and links with dangerous protocols (javascript:, data:) lose their href.
 */
export function renderMarkdown(source: string): string {
  return micromark(source, { allowDangerousHtml: false, allowDangerousProtocol: false })
}
