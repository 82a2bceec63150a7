/**
 * What the full-text index is given of a built page: the element the templates mark `data-pagefind-body`, without
 * the parts they mark `data-pagefind-ignore="all"`, in a document that keeps the page's `<html>` tag (its
 * language). Pagefind reads nothing else of a page with such a body, so it indexes the same text; handing over
 * the whole page (header, footer, ignored lists) was most of the indexing time at ten thousand pages. The input
 * also tells an incremental build which pages' indexed text changed (lib/search/indexShards.ts), whatever else on
 * the page did.
 */
import { createHash } from 'node:crypto'

const bodyAttribute = 'data-pagefind-body'
const ignoreAll = /data-pagefind-ignore=["']all["']/g

/** The element whose start tag holds the attribute at `at`: its start and the end of its closing tag. */
function elementAround(html: string, at: number): { start: number; end: number } {
  const start = html.lastIndexOf('<', at)
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1]
  if (!name) throw new Error(`indexInput: no element holds the attribute at offset ${at}`)
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi')
  tags.lastIndex = start
  let depth = 0
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1
    if (depth === 0) return { start, end: tag.index + tag[0].length }
  }
  throw new Error(`indexInput: <${name}> at offset ${start} is never closed`)
}

/** The page as Pagefind indexes it, or undefined for a page without a body to index (lists, fallback pages). */
export function indexInput(html: string): string | undefined {
  const at = html.indexOf(bodyAttribute)
  if (at < 0) return undefined
  const { start, end } = elementAround(html, at)
  let body = html.slice(start, end)
  for (let ignored = body.search(ignoreAll); ignored >= 0; ignored = body.search(ignoreAll)) {
    const cut = elementAround(body, ignored)
    body = body.slice(0, cut.start) + body.slice(cut.end)
  }
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>'
  return `${root}<body>${body}</body></html>`
}

export const inputHash = (input: string): string => createHash('sha1').update(input).digest('base64url')
