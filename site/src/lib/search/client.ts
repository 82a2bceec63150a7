/**
 * The search page in the reader's browser (no framework): reads `?q=`, runs the query on load and as the reader
 * types (debounced), keeps the query in the URL, and lists results as links in `[data-search-results]`, best
 * first. The search runs in a Web Worker (worker.ts): this page only sends the query and shows the answer, so
 * nothing the search does holds up typing, scrolling or the first paint.
 *
 * `?engine=pagefind` runs plain Pagefind alone on the raw query: the baseline the benchmark compares against.
 */
import type { SearchLang } from './normalize.ts'
import type { FromWorker, SearchSetup, Shown, ToWorker } from './worker.ts'

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) start(root)

function start(root: HTMLElement) {
  const lang = root.dataset.lang as SearchLang
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>
  const list = root.querySelector<HTMLElement>('[data-search-results]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const input = document.querySelector<HTMLInputElement>(root.dataset.input ?? '#search-page-q')!
  const form = input.form!
  const params = new URLSearchParams(location.search)
  // Pagefind filters from the URL (`?q=...&type=glossary&domain=environment&country=JP`), so a filtered list can
  // be shared too.
  const filters = Object.fromEntries(['type', 'domain', 'country'].flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])))
  const setup: SearchSetup = { lang, tag: document.documentElement.lang, base: root.dataset.base ?? '/', plain: params.get('engine') === 'pagefind', filters }

  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  const send = (message: ToWorker) => worker.postMessage(message)
  send({ type: 'setup', setup })
  const answers = new Map<number, (answer: FromWorker) => void>()
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    answers.get(event.data.id)?.(event.data)
    answers.delete(event.data.id)
  })

  let run = 0
  async function search(query: string) {
    const id = ++run
    const q = query.trim()
    list.dataset.searchState = 'busy'
    if (!q) {
      render([], q, id)
      return
    }
    const started = performance.now()
    const answer = await new Promise<FromWorker>((done) => {
      answers.set(id, done)
      send({ type: 'search', id, q })
    })
    if (id !== run) return
    render(answer.shown, q, id)
    list.dataset.searchComputeMs = String(answer.computeMs)
    list.dataset.searchMs = String(Math.round(performance.now() - started))
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
      else appendHighlighted(p, s.excerpt, s.mark)
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
  function appendHighlighted(p: HTMLElement, text: string, [at, end] = [0, 0]) {
    if (end <= at) {
      p.append(text)
      return
    }
    const mark = document.createElement('mark')
    mark.textContent = text.slice(at, end)
    p.append(text.slice(0, at), mark, text.slice(end))
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
    send({ type: 'typed', q: typed })
    if (typed) idle = setTimeout(() => send({ type: 'compute', q: typed }), debounceMs / 2)
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
    input.addEventListener('focus', () => send({ type: 'warm' }), { once: true })
  }
}
