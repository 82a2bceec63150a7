/**
 * The search page in the reader's browser (no framework): reads `?q=`, runs the query on load and as the reader
 * types (debounced), keeps the query in the URL, and lists results as links in `[data-search-results]`, best
 * first. Two sources are merged: the term list (`terms.json`, matched by `match.ts`: the entry a query names
 * comes first) and Pagefind's full-text index of this language (news, cities, definitions). Both see the query
 * through the same `normalize.ts` the build used.
 *
 * `?engine=pagefind` runs plain Pagefind alone on the raw query: the baseline the benchmark compares against.
 */
import type { ExtraPart, SearchEntry, TermList } from './entries.ts'
import { searchTypes } from './entryTypes.ts'
import { fullTextStep, fullTextTop, matchTerms, prepare, type Prepared, type TermHit } from './match.ts'
import { compact, expand, fold, type SearchLang } from './normalize.ts'
import { joinSegments } from './segment.ts'
import { useSimplifiedTable } from './simplified.ts'

interface PagefindResult {
  id: string
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  preload: (q: string) => Promise<void>
  search: (q: string | null, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>
}

interface Shown {
  url: string
  title: string
  type: string
  /** Excerpt as HTML from Pagefind (only `<mark>` kept when shown) or plain text from the term list. */
  excerpt: string
  html: boolean
}

/** Letters of each site's own script (Japanese: kana, half-width kana and kanji; Korean: Hangul and jamo). */
const ownScript: Record<SearchLang, RegExp> = {
  th: /[\u0e00-\u0e7f]/,
  en: /[^\s\S]/,
  zh: /[\u3400-\u9fff\uf900-\ufaff]/,
  ja: /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/,
  ko: /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/,
}

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) start(root)

function start(root: HTMLElement) {
  const lang = root.dataset.lang as SearchLang
  const base = root.dataset.base ?? '/'
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>
  const list = root.querySelector<HTMLElement>('[data-search-results]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const input = document.querySelector<HTMLInputElement>(root.dataset.input ?? '#search-page-q')!
  const form = input.form!
  const params = new URLSearchParams(location.search)
  const plain = params.get('engine') === 'pagefind'
  // Pagefind filters from the URL (`?q=...&type=glossary&domain=environment&country=JP`), so a filtered list can
  // be shared too.
  const filters = Object.fromEntries(['type', 'domain', 'country'].flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])))
  const filtered = Object.keys(filters).length > 0
  const searchOptions = filtered ? { filters } : undefined

  let pagefind: Promise<Pagefind> | undefined
  const loadPagefind = () =>
    (pagefind ??= (async () => {
      const url = `${base}pagefind/${lang}/pagefind.js`
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind
      // On the main thread: the worker costs another download (12 KB) and a round trip per search, for an
      // index this small.
      await pf.options({ excerptLength: 22, noWorker: true })
      await pf.init()
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
  let run = 0
  /** Results per query, computed once: the reader's pause may start the work before the debounce ends. */
  const computed = new Map<string, Promise<Shown[]>>()
  function compute(q: string): Promise<Shown[]> {
    let pending = computed.get(q)
    if (!pending) {
      if (computed.size > 30) computed.clear()
      const started = performance.now()
      pending = (plain ? plainSearch(q) : fullSearch(q)).then((shown) => {
        list.dataset.searchComputeMs = String(Math.round(performance.now() - started))
        return shown
      })
      computed.set(q, pending)
    }
    return pending
  }
  async function search(query: string) {
    const id = ++run
    const q = query.trim()
    list.dataset.searchState = 'busy'
    if (!q) {
      render([], q, id)
      return
    }
    const started = performance.now()
    // A failed download leaves an empty list (and says so) rather than a page stuck searching.
    const shown = await compute(q).catch(() => {
      computed.delete(q)
      return [] as Shown[]
    })
    if (id !== run) return
    render(shown, q, id)
    list.dataset.searchMs = String(Math.round(performance.now() - started))
  }

  const noIndex: Pagefind = { options: async () => {}, init: async () => {}, preload: async () => {}, search: async () => null }

  async function plainSearch(q: string): Promise<Shown[]> {
    const pf = await loadPagefind()
    const found = await pf.search(q, searchOptions)
    return Promise.all((found?.results ?? []).slice(0, shownLimit).map(fromPagefind))
  }

  async function fullSearch(q: string): Promise<Shown[]> {
    // Without the full-text index (it failed to load) the term list still answers.
    const [prepared, pf] = await Promise.all([loadTerms(partsFor(q)), loadPagefind().catch(() => noIndex)])
    // Every form of the query (folded; abbreviations written out) goes to Pagefind; CJK and Thai without the
    // spaces typed into them only when those find nothing (each extra word may cost an index chunk).
    const forms = [...new Set(expand(q, lang))].filter(Boolean)
    const hits = matchTerms(q, prepared, lang)
    let searches = await Promise.all(forms.map((f) => pf.search(f, searchOptions)))
    const unspaced = compact(q, lang)
    if ((lang === 'th' || lang === 'zh' || lang === 'ja') && !forms.includes(unspaced) && searches.every((s) => !s?.results.length)) {
      searches = [await pf.search(unspaced, searchOptions)]
    }
    const ranked: PagefindResult[] = []
    const longest = Math.max(0, ...searches.map((s) => s?.results.length ?? 0))
    for (let i = 0; i < longest; i++) for (const s of searches) if (s?.results[i] && !ranked.some((r) => r.id === s.results[i].id)) ranked.push(s.results[i])
    const byFragment = new Map(ranked.map((r) => [r.id, r]))
    // One ranking: an entry the query names comes first (term scores of 60 and more); full-text hits follow in
    // Pagefind's order, scored 59, 57, 55, ...; loose term matches (typos, the entry naming part of the query)
    // fall among them by their score; a page found both ways takes the better of its two places.
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

  /** The forms a query can match besides the term list's: Latin letters on a site of another script, other scripts. */
  function partsFor(q: string): ExtraPart[] {
    const letters = [...q].filter((c) => /\p{L}/u.test(c))
    const latin = lang !== 'en' && letters.some((c) => /\p{Script=Latin}/u.test(c))
    const other = letters.some((c) => !/\p{Script=Latin}/u.test(c) && !ownScript[lang].test(c))
    return [...(latin ? (['latin'] as const) : []), ...(other ? (['other-scripts'] as const) : [])]
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
    const text = e.f ? await fragmentText(e.f) : (e.e ?? '')
    return { url: e.u, title: e.t, type, excerpt: excerptOf(text, q), html: false }
  }

  /** The plain text of a Pagefind fragment (gzip: a signature, then JSON with the page's `content`). */
  async function fragmentText(id: string): Promise<string> {
    try {
      const response = await fetch(`${base}pagefind/${lang}/fragment/${id}.pf_fragment`)
      const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text()
      const { content } = JSON.parse(text.slice(text.indexOf('{'))) as { content: string }
      return joinSegments(content.replace(/\u200b/g, ''))
    } catch {
      return ''
    }
  }

  /** About 110 characters of the text, around the query where it appears. */
  function excerptOf(text: string, q: string): string {
    const at = text.toLowerCase().indexOf(q.trim().toLowerCase())
    const from = at > 40 ? at - 40 : 0
    const slice = text.slice(from, from + 110)
    return `${from > 0 ? '…' : ''}${slice}${from + 110 < text.length ? '…' : ''}`
  }

  function render(shown: Shown[], q: string, id: number) {
    if (id !== run) return
    const ol = document.createElement('ol')
    for (const s of shown) {
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = s.url
      a.textContent = s.title
      const type = document.createElement('span')
      type.className = 'type'
      type.textContent = labels[s.type] ?? s.type
      const p = document.createElement('p')
      if (s.html) appendMarked(p, s.excerpt)
      else appendHighlighted(p, s.excerpt, q)
      li.append(a, ' ', type, p)
      ol.append(li)
    }
    list.replaceChildren(...(shown.length ? [ol] : []))
    status.textContent = !q ? '' : shown.length ? labels.count.replace('{{count}}', String(shown.length)) : labels.none.replace('{{query}}', q)
    list.dataset.searchState = 'done'
    list.dataset.searchQuery = q
  }

  /** Pagefind's excerpt, keeping only its `<mark>` highlights: everything else becomes text. */
  function appendMarked(p: HTMLElement, html: string) {
    const template = document.createElement('template')
    template.innerHTML = html
    for (const node of template.content.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = node.textContent
        p.append(mark)
      } else p.append(node.textContent ?? '')
    }
  }

  /** A term-list excerpt with the query marked where it appears as typed. */
  function appendHighlighted(p: HTMLElement, text: string, q: string) {
    const needle = fold(q, lang)
    const at = needle ? fold(text, lang).indexOf(needle) : -1
    // fold keeps lengths for most text; mark only when the folded and shown text line up.
    if (at < 0 || fold(text, lang).length !== text.length) {
      p.append(text)
      return
    }
    const mark = document.createElement('mark')
    mark.textContent = text.slice(at, at + needle.length)
    p.append(text.slice(0, at), mark, text.slice(at + needle.length))
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  const debounceMs = Number(root.dataset.debounce ?? 150)
  function updateUrl(q: string) {
    const url = new URL(location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
  }
  let idle: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(timer)
    clearTimeout(idle)
    // Fetch the index chunks for what is typed so far while the debounce waits, and once the reader pauses
    // (half the debounce) start computing the results, so they are ready when the debounce ends.
    const typed = input.value.trim()
    void loadPagefind().then((pf) => (typed ? pf.preload(plain ? typed : fold(typed, lang)) : undefined))
    if (!plain) void loadTerms(partsFor(typed))
    if (typed) idle = setTimeout(() => void compute(typed), debounceMs / 2)
    timer = setTimeout(() => {
      updateUrl(input.value.trim())
      void search(input.value)
    }, debounceMs)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    updateUrl(input.value.trim())
    void search(input.value)
  })

  const initial = params.get('q') ?? ''
  input.value = initial
  if (initial) {
    // The first query also loads the index (a few hundred milliseconds): say so meanwhile.
    status.textContent = labels.loading
    void search(initial)
  } else {
    list.dataset.searchState = 'done'
    // Start fetching while the reader types the first query.
    input.addEventListener('focus', () => void loadPagefind(), { once: true })
  }
}
