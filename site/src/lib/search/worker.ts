/**
 * The search itself, in a Web Worker started by the search page (client.ts), so that loading and running
 * Pagefind's WebAssembly and matching the term list never hold up the page the reader types into. Two sources are
 * merged: the term list (`terms.json`, matched by `match.ts`: the entry a query names comes first) and Pagefind's
 * full-text index of this language (news, cities, definitions). Both see the query through the same
 * `normalize.ts` the build used. The page sends the query; the worker answers with the results to show.
 *
 * `plain` (`?engine=pagefind`) runs plain Pagefind alone on the raw query: the baseline the benchmark compares against.
 */
import type { ExtraPart, SearchEntry, TermList } from './entries.ts'
import { searchTypes } from './entryTypes.ts'
import { fullTextStep, fullTextTop, matchTerms, prepare, strongMatch, type Prepared, type TermHit } from './match.ts'
import { compact, expand, fold, type SearchLang } from './normalize.ts'
import { localeFacts } from '../../../../content/schema/locales.ts'
import { joinSegments, segmentQuery } from './segment.ts'
import { useSimplifiedTable } from './simplified.ts'
import { wholeWordsFirst, type FullTextIndex } from './wholeWords.ts'

/** What the page tells the worker once: the site's language and base, and the options of its URL. */
export interface SearchSetup {
  lang: SearchLang
  /** The page's language tag (`<html lang>`: `zh-Hans`), which Pagefind cannot read from a worker. */
  tag: string
  base: string
  plain: boolean
  filters: Record<string, string>
}

/** Messages from the page: the setup, a query to answer, what is typed so far (to fetch ahead), the first focus. */
export type ToWorker =
  | { type: 'setup'; setup: SearchSetup }
  | { type: 'search'; id: number; q: string }
  | { type: 'typed'; q: string }
  | { type: 'compute'; q: string }
  | { type: 'warm' }

/** The answer to a query: the results to show (or none, when a download failed) and how long they took. */
export interface FromWorker {
  id: number
  shown: Shown[]
  computeMs: number
}

export interface Shown {
  url: string
  title: string
  type: string
  /** Excerpt as HTML from Pagefind (only `<mark>` kept when shown) or plain text from the term list. */
  excerpt: string
  html: boolean
  /** In a plain-text excerpt, where the query appears as typed (start and end), to be marked. */
  mark?: [number, number]
}

interface PagefindResult {
  id: string
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>
}
interface Pagefind extends FullTextIndex<PagefindResult> {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>
  preload: (q: string) => Promise<void>
}

/** Letters of each site's own script (Japanese: kana, half-width kana and kanji; Korean: Hangul and jamo). */
const ownScript: Record<SearchLang, RegExp> = {
  th: /[\u0e00-\u0e7f]/,
  en: /[^\s\S]/,
  zh: /[\u3400-\u9fff\uf900-\ufaff]/,
  ja: /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/,
  ko: /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/,
}

let searcher: ReturnType<typeof start> | undefined

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'setup') searcher = start(message.setup)
  else if (message.type === 'search') void searcher?.answer(message.id, message.q)
  else if (message.type === 'typed') searcher?.typed(message.q)
  else if (message.type === 'compute') void searcher?.compute(message.q).catch(() => {})
  else searcher?.warm()
})

function start({ lang, tag, base, plain, filters }: SearchSetup) {
  const hanSite = lang === 'zh' || lang === 'ja'
  /** What Pagefind is asked: Thai, Chinese and Japanese cut into words, as the index is (segment.ts). */
  const toIndex = (q: string) => (localeFacts[lang].segmented ? segmentQuery(q, tag) : q)
  const filtered = Object.keys(filters).length > 0
  const searchOptions = filtered ? { filters } : undefined

  let pagefind: Promise<Pagefind> | undefined
  const loadPagefind = () =>
    (pagefind ??= (async () => {
      const url = `${base}pagefind/${lang}/pagefind.js`
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind
      // In this worker's own thread: Pagefind's worker would cost another download (12 KB) and a round trip per
      // search. `baseUrl`: result URLs as paths; in a worker Pagefind would make them absolute (it has no `window`).
      await pf.options({ excerptLength: 22, noWorker: true, baseUrl: base })
      // A large site's index is cut into shards (lib/search/indexShards.ts); the term list says how many.
      const [, list] = await Promise.all([pf.init(), loadList()])
      await Promise.all(Array.from({ length: (list.shards ?? 1) - 1 }, (_, i) => pf.mergeIndex(`${base}pagefind/${lang}/${i + 1}/`, { baseUrl: base })))
      return pf
    })())
  let termList: Promise<TermList> | undefined
  const loadList = () =>
    (termList ??= fetch(`${base}${lang}/search/terms.json`)
      .then((r) => r.json() as Promise<TermList>)
      .then((l) => {
        if (l.simplified) useSimplifiedTable(l.simplified)
        return l
      }))
  // Forms served apart from the term list (romanizations and English; other scripts), fetched the first time a
  // query has such letters, and the list prepared once for each combination a query needs.
  const parts = new Map<ExtraPart, Promise<string[][]>>()
  const loadPart = (part: ExtraPart) => {
    let pending = parts.get(part)
    if (!pending) parts.set(part, (pending = fetch(`${base}${lang}/search/${part}.json`).then((r) => r.json() as Promise<string[][]>)))
    return pending
  }
  const preparedLists = new Map<string, Promise<Prepared[]>>()
  const loadTerms = (needed: ExtraPart[]): Promise<Prepared[]> => {
    const key = needed.join(' ')
    let pending = preparedLists.get(key)
    if (!pending) {
      pending = Promise.all([loadList(), ...needed.map(loadPart)]).then(([list, ...more]) =>
        prepare(
          list.entries.map((e, i) => ({ ...e, k: [...e.k, ...more.flatMap((forms) => forms[i] ?? [])] })),
          lang,
        ),
      )
      // Without a part (it failed to load), the term list alone still answers.
      if (needed.length > 0) pending = pending.catch(() => loadTerms([]))
      preparedLists.set(key, pending)
    }
    return pending
  }

  /** Results shown for a query: ten, as a page of search results. */
  const shownLimit = 10
  /** Results per query, computed once: the reader's pause may start the work before the debounce ends. */
  const computed = new Map<string, Promise<Shown[]>>()
  const computeMs = new Map<string, number>()
  function compute(q: string): Promise<Shown[]> {
    let pending = computed.get(q)
    if (!pending) {
      if (computed.size > 30) {
        computed.clear()
        computeMs.clear()
      }
      const started = performance.now()
      pending = (plain ? plainSearch(q) : fullSearch(q)).then((shown) => {
        computeMs.set(q, Math.round(performance.now() - started))
        return shown
      })
      computed.set(q, pending)
    }
    return pending
  }
  const noIndex: Pagefind = { options: async () => {}, init: async () => {}, mergeIndex: async () => {}, preload: async () => {}, search: async () => null }

  async function plainSearch(q: string): Promise<Shown[]> {
    const pf = await loadPagefind()
    const found = await pf.search(toIndex(q), searchOptions)
    return Promise.all((found?.results ?? []).slice(0, shownLimit).map(fromPagefind))
  }

  /**
   * The entries a query names. On the Chinese and Japanese sites a query in Han characters may be in the other
   * language (観光振興 typed on the Chinese site): when this site's own forms do not name an entry, the other Han
   * language's forms are loaded and matched too.
   */
  async function termHits(q: string): Promise<TermHit[]> {
    const parts = partsFor(q)
    const hits = matchTerms(q, await loadTerms(parts), lang)
    if (!hanSite || parts.includes('han') || !/\p{Script=Han}/u.test(q) || hits.some((h) => h.score >= strongMatch)) return hits
    return matchTerms(q, await loadTerms([...parts, 'han']), lang)
  }

  async function fullSearch(q: string): Promise<Shown[]> {
    // Without the full-text index (it failed to load) the term list still answers.
    const [hits, pf] = await Promise.all([termHits(q), loadPagefind().catch(() => noIndex)])
    // Every form of the query (folded; abbreviations written out) goes to Pagefind; CJK and Thai without the
    // spaces typed into them only when those find nothing (each extra word may cost an index chunk).
    const forms = [...new Set(expand(q, lang))].filter(Boolean)
    // Pages holding the query's words whole come first in each (wholeWords.ts).
    let searches = await Promise.all(forms.map((f) => wholeWordsFirst(pf, toIndex(f), searchOptions)))
    const unspaced = compact(q, lang)
    if ((lang === 'th' || lang === 'zh' || lang === 'ja') && !forms.includes(unspaced) && searches.every((s) => !s?.results.length)) {
      searches = [await wholeWordsFirst(pf, toIndex(unspaced), searchOptions)]
    }
    const ranked: PagefindResult[] = []
    const longest = Math.max(0, ...searches.map((s) => s?.results.length ?? 0))
    for (let i = 0; i < longest; i++) for (const s of searches) if (s?.results[i] && !ranked.some((r) => r.id === s.results[i].id)) ranked.push(s.results[i])
    const byFragment = new Map(ranked.map((r) => [r.id, r]))
    // One ranking: an entry the query names comes first (term scores of 60 and more); full-text hits follow in
    // Pagefind's order with whole words first, scored 59, 57, 55, ...; loose term matches (typos, the entry naming
    // part of the query) fall among them by their score; a page found both ways takes the better of its two places.
    const place = new Map<string, { score: number; item: TermHit | PagefindResult }>()
    ranked.forEach((r, i) => place.set(r.id, { score: fullTextTop - fullTextStep * i, item: r }))
    for (const h of hits) {
      const key = h.entry.f ?? h.entry.u
      // Under filters, a term-list entry counts only where the filtered full-text search has it too.
      if (filtered && !place.has(key)) continue
      const before = place.get(key)
      place.set(key, { score: Math.max(h.score, before?.score ?? 0), item: h })
    }
    const plan = [...place.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, shownLimit)
      .map((p) => p.item)
    return Promise.all(plan.map((item) => ('entry' in item ? fromEntry(item.entry, q, byFragment) : fromPagefind(item))))
  }

  /**
   * The forms a query can match besides the term list's: Latin letters on a site of another script, other scripts
   * (on the Chinese site, kana are Japanese: the other Han language's forms).
   */
  function partsFor(q: string): ExtraPart[] {
    const letters = [...q].filter((c) => /\p{L}/u.test(c))
    const latin = lang !== 'en' && letters.some((c) => /\p{Script=Latin}/u.test(c))
    const isKana = (c: string) => /[\p{scx=Hiragana}\p{scx=Katakana}]/u.test(c)
    const kana = lang === 'zh' && letters.some(isKana)
    const other = letters.some((c) => !/\p{Script=Latin}/u.test(c) && !ownScript[lang].test(c) && !(kana && isKana(c)))
    return [...(latin ? (['latin'] as const) : []), ...(other ? (['other-scripts'] as const) : []), ...(kana ? (['han'] as const) : [])]
  }

  async function fromPagefind(result: PagefindResult): Promise<Shown> {
    const d = await result.data()
    // The indexes of Thai, Chinese and Japanese hold their text segmented: shown joined again.
    return { url: d.url, title: joinSegments(d.meta.title ?? d.url), type: d.meta.type ?? '', excerpt: joinSegments(d.excerpt), html: true }
  }

  /** A term-list entry, with Pagefind's highlighted excerpt when Pagefind found the page too, else its fragment's text. */
  async function fromEntry(e: SearchEntry, q: string, byFragment: Map<string, PagefindResult>): Promise<Shown> {
    const type = searchTypes[e.y]
    const found = e.f ? byFragment.get(e.f) : undefined
    if (found) return { ...(await fromPagefind(found)), title: e.t, type }
    const text = e.f ? await fragmentText(e.f, e.s) : (e.e ?? '')
    const excerpt = excerptOf(text, q)
    return { url: e.u, title: e.t, type, excerpt, html: false, mark: markOf(excerpt, q) }
  }

  /** The plain text of a Pagefind fragment (gzip: a signature, then JSON with the page's `content`). */
  async function fragmentText(id: string, shard?: number): Promise<string> {
    try {
      const response = await fetch(`${base}pagefind/${lang}/${shard ? `${shard}/` : ''}fragment/${id}.pf_fragment`)
      const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text()
      const { content } = JSON.parse(text.slice(text.indexOf('{'))) as { content: string }
      return joinSegments(content.replace(/\u200b/g, ''))
    } catch {
      return ''
    }
  }

  /** Where the query appears as typed in a plain-text excerpt. */
  function markOf(text: string, q: string): [number, number] | undefined {
    const needle = fold(q, lang)
    const folded = fold(text, lang)
    const at = needle ? folded.indexOf(needle) : -1
    // fold keeps lengths for most text; mark only when the folded and shown text line up.
    return at < 0 || folded.length !== text.length ? undefined : [at, at + needle.length]
  }

  /** About 110 characters of the text, around the query where it appears. */
  function excerptOf(text: string, q: string): string {
    const at = text.toLowerCase().indexOf(q.trim().toLowerCase())
    const from = at > 40 ? at - 40 : 0
    const slice = text.slice(from, from + 110)
    return `${from > 0 ? '…' : ''}${slice}${from + 110 < text.length ? '…' : ''}`
  }

  return {
    compute,
    async answer(id: number, q: string) {
      // A failed download leaves an empty list (and the page says so) rather than a page stuck searching.
      const shown = await compute(q).catch(() => {
        computed.delete(q)
        return [] as Shown[]
      })
      postMessage({ id, shown, computeMs: computeMs.get(q) ?? 0 } satisfies FromWorker)
    },
    /** Fetches the index chunks and term forms for what is typed so far, while the page's debounce waits. */
    typed(q: string) {
      void loadPagefind().then((pf) => (q ? pf.preload(toIndex(plain ? q : fold(q, lang))) : undefined))
      if (!plain) void loadTerms(partsFor(q))
    },
    warm() {
      void loadPagefind()
    },
  }
}
