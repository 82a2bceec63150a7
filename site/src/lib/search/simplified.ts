/**
 * Traditional → Simplified Chinese, character by character: readers in Taiwan, Hong Kong and overseas type
 * `環境保護` on a site written `环境保护`. Character level is enough for matching (phrase-level conversion
 * matters for display, not search). The table is OpenCC's (opencc-js, `simplifiedTable.ts`); the build
 * installs it directly, the browser receives it inside the Chinese site's term list, so other languages never
 * download it.
 */
let map: Map<string, string> | undefined

/** Installs OpenCC's `TSCharacters` table (`"學 学|國 国|..."`). */
export function useSimplifiedTable(table: string): void {
  map = new Map()
  for (const pair of table.split('|')) {
    const [from, to] = pair.split(' ')
    if (from && to) map.set(from, to)
  }
}

export function toSimplified(text: string): string {
  if (!map || !/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text
  let out = ''
  for (const c of text) out += map.get(c) ?? c
  return out
}
