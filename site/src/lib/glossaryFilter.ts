/**
 * The glossary index's instant filter in the reader's browser (components/GlossaryFilter.astro): a term stays
 * listed when the typed text, folded, is part of its name or romanization, or of their skeletons (so a missing
 * long-vowel mark or a loanword spelling still narrows to the term); letter sections left empty are hidden.
 */
import { compact, skeleton, type SearchLang } from './search/normalize.ts'

const root = document.querySelector<HTMLElement>('[data-term-filter]')
if (root) {
  const lang = root.dataset.lang as SearchLang
  const input = root.querySelector('input')!
  const status = root.querySelector<HTMLElement>('[data-term-filter-status]')!
  const items = [...document.querySelectorAll<HTMLLIElement>('.terms li')].map((li) => ({
    li,
    key: compact(li.textContent ?? '', lang),
    loose: skeleton(li.textContent ?? '', lang),
  }))
  const sections = [...new Set(items.map(({ li }) => li.closest('section')).filter((s): s is HTMLElement => s !== null))]
  input.addEventListener('input', () => {
    const q = compact(input.value, lang)
    const sq = skeleton(input.value, lang)
    let shown = 0
    for (const { li, key, loose } of items) {
      li.hidden = q !== '' && !key.includes(q) && !(sq.length >= 2 && loose.includes(sq))
      if (!li.hidden) shown++
    }
    for (const section of sections) section.hidden = !section.querySelector('li:not([hidden])')
    status.textContent = q ? (root.dataset.count ?? '').replace('{{count}}', String(shown)) : ''
  })
  root.dataset.ready = ''
}
