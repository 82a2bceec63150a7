/**
 * The full-text index of a language is cut into shards of a few hundred pages each, one Pagefind bundle per shard
 * (`/pagefind/{lang}/` the first, `/pagefind/{lang}/{n}/` the others), which the search page merges in the browser
 * (`mergeIndex`). A page's shard is fixed by its URL, so an edit changes the shard of each page whose indexed text
 * changed and no other: an incremental build writes those shards again and takes the rest from the last build.
 * A site of up to `shardPages` pages per language is one bundle, as before.
 */
import { createHash } from 'node:crypto'

/** Pages per shard: small enough that rebuilding one is a fraction of a second, few enough that a query loads little. */
export const shardPages = Number(process.env.BMA_SEARCH_SHARD_PAGES ?? 500)

/** What the index of one language held, for the next build to compare with. */
export interface LanguageIndex {
  shards: number
  /** Per indexed page (by URL): the hash of what was indexed (lib/search/indexInput.ts) and its Pagefind fragment. */
  pages: Record<string, { hash: string; fragment: string }>
}

/** The record of a build's search index, kept with the build record (lib/incremental.ts). */
export interface IndexRecord {
  shardPages: number
  languages: Partial<Record<string, LanguageIndex>>
}

export const shardCount = (pages: number): number => Math.max(1, Math.ceil(pages / shardPages))

export function shardOf(url: string, shards: number): number {
  if (shards === 1) return 0
  return createHash('sha1').update(url).digest().readUInt32BE(0) % shards
}

/** The folder of a shard, below the site's `pagefind/` folder. */
export const shardPath = (lang: string, shard: number): string => (shard === 0 ? lang : `${lang}/${shard}`)

/** Whether the last build's shard holds exactly these pages with the same indexed text. */
export function shardUnchanged(last: LanguageIndex | undefined, shards: number, shard: number, pages: Map<string, string>): boolean {
  if (!last || last.shards !== shards) return false
  const before = Object.entries(last.pages).filter(([url]) => shardOf(url, shards) === shard)
  if (before.length !== pages.size) return false
  return before.every(([url, { hash }]) => pages.get(url) === hash)
}
