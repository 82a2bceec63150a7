/**
 * Matches a query against the term list (`entries.ts`) in the browser: exact forms, prefixes as the reader
 * types, words inside compounds, the term inside a longer query, spellings no editor listed (skeleton keys) and
 * typos (edit distance). Pagefind does the full-text part; this is what makes "the query names a term" rank that
 * term first, in any script and any of the five languages' forms.
 */
import { compact, expand, fold, skeletons, type SearchLang } from './normalize.ts'
import type { SearchEntry } from './entries.ts'

interface Key {
  compact: string
  skeleton: string
  /** `skeleton` and, for Thai with ์, the key without the silenced letters. */
  skeletons: string[]
  /** Words of the folded key, for word-level typos in Latin script. */
  words: string[]
  own: boolean
}

export interface Prepared {
  entry: SearchEntry
  keys: Key[]
}

export interface TermHit {
  entry: SearchEntry
  score: number
}

export function prepare(entries: SearchEntry[], lang: SearchLang): Prepared[] {
  return entries.map((entry) => ({
    entry,
    keys: entry.k.map((k, i) => {
      const loose = skeletons(k, lang)
      return { compact: compact(k, lang), skeleton: loose[0]!, skeletons: loose, words: k.split(/[\s\-‐–—/]+/).filter(Boolean), own: i < entry.p }
    }),
  }))
}

const latin = /^[\p{Script=Latin}\d]+$/u

/** Shortest query (in characters) worth a prefix or substring match: Latin letters carry less than a syllable. */
function minLength(s: string): number {
  if (latin.test(s)) return 3
  if (/[\u0e00-\u0e7f]/.test(s)) return 3
  return 2
}

/** Edits allowed for a typo in a form of this length. */
function allowedEdits(s: string): number {
  const n = [...s].length
  if (latin.test(s)) return n >= 8 ? 2 : n >= 5 ? 1 : 0
  return n >= 7 ? 2 : n >= 3 ? 1 : 0
}

/** Optimal string alignment distance (Levenshtein with adjacent swaps), stopping early beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2] + 1)
      row.push(v)
      best = Math.min(best, v)
    }
    if (best > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[t.length]
}

/** A form of the query, as `scoreKey` compares it. */
interface QueryForm {
  compact: string
  skeleton: string
  skeletons: string[]
  words: string[]
}

const queryForm = (text: string, lang: SearchLang, words: string[]): QueryForm => {
  const loose = skeletons(text, lang)
  return { compact: compact(text, lang), skeleton: loose[0]!, skeletons: loose, words }
}

/** Skeletons this long and longer are looked for inside keys: a spelling no editor listed, as the reader types. */
const looseInside = 4

/** How well one form of the query matches one key, 0 when it does not. */
function scoreKey(q: QueryForm, key: Key): number {
  const { compact: cq, skeleton: sq } = q
  const ck = key.compact
  if (!cq || !ck) return 0
  if (cq === ck) return 100
  if (sq.length >= 2 && q.skeletons.some((s) => key.skeletons.includes(s))) return 92
  const ratio = cq.length / ck.length
  if (cq.length >= minLength(cq)) {
    if (ck.startsWith(cq)) return 80 + 10 * ratio
    if (ck.includes(cq)) return 66 + 10 * ratio
  }
  // The same inside the key's skeleton (`ดิจิตอล` typed for the start of `ดิจิทัล…`, a variant inside a compound):
  // ranked among the full-text hits, since a loose key of a few letters occurs in many terms.
  if ([...sq].length >= looseInside && key.skeleton.length > sq.length) {
    const looseRatio = sq.length / key.skeleton.length
    if (key.skeleton.startsWith(sq)) return 50 + 8 * looseRatio
    if (key.skeleton.includes(sq)) return 42 + 8 * looseRatio
  }
  // The entry's form inside a longer query (a particle attached, a word beside it): a partial match, ranked
  // by how much of the query it covers, never as high as the query naming the entry.
  if (ck.length >= minLength(ck) && cq.includes(ck)) {
    const coverage = ck.length / cq.length
    return coverage >= 0.75 ? 56 + 10 * coverage : 44 + 8 * coverage
  }
  const edits = allowedEdits(cq)
  if (edits > 0) {
    // The skeleton is shorter than the query (`カーン` is `カン`): it earns edits by its own length, or a three-letter
    // query would match every two-letter skeleton one letter away.
    const skeletonEdits = Math.min(edits, allowedEdits(sq))
    const ds = editDistance(sq, key.skeleton, skeletonEdits)
    const d = Math.min(ds <= skeletonEdits ? ds : edits + 1, editDistance(cq, ck, edits))
    if (d <= edits) return 78 - 8 * d
    // A typo in the start of a longer key, as typed so far: only from four letters on, where one wrong letter
    // still leaves most of the word.
    if ([...cq].length >= 4 && ck.length > cq.length + 1 && editDistance(cq, ck.slice(0, cq.length), edits) <= edits - (edits > 1 ? 1 : 0)) return 62
    // A typo in one word of a multi-word key (`goverment` for "e-government", "city government").
    if (q.words.length === 1 && key.words.length > 1) {
      for (const w of key.words) {
        const cw = w.replace(/[^\p{L}\p{N}\p{M}]+/gu, '')
        if (cw.length >= 5 && editDistance(cq, cw, edits) <= edits) return 58
      }
    }
  }
  return 0
}

function bestScore(form: QueryForm, p: Prepared): number {
  let best = 0
  for (const key of p.keys) {
    const s = scoreKey(form, key) * (key.own ? 1 : 0.97)
    if (s > best) best = s
  }
  return best
}

/** Scores from here on: the query names the entry (first in the results). */
export const strongMatch = 60
/** Full-text hits rank as if scored this, less `fullTextStep` per place: loose term matches fall among them. */
export const fullTextTop = 59
export const fullTextStep = 2

/** Entries matching the query, best first. */
export function matchTerms(query: string, prepared: Prepared[], lang: SearchLang, limit = 10): TermHit[] {
  const forms = expand(query, lang).map((f) => queryForm(f, lang, f.split(' ').filter(Boolean)))
  const tokens = fold(query, lang).split(' ').filter(Boolean)
  const tokenForms = tokens.length > 1 ? tokens.map((t) => queryForm(t, lang, [t])) : []
  const hits: TermHit[] = []
  for (const p of prepared) {
    let score = 0
    for (const form of forms) score = Math.max(score, bestScore(form, p))
    if (tokenForms.length > 0) {
      // Several words, e.g. an abbreviation beside a word (`UN 기구`): each word that names the entry counts.
      const perToken = tokenForms.map((f) => bestScore(f, p))
      score = Math.max(score, (0.8 * perToken.reduce((a, b) => a + b, 0)) / perToken.length)
    }
    if (p.entry.y === 'c') score *= 0.98
    if (score >= 35) hits.push({ entry: p.entry, score })
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.t.length - b.entry.t.length).slice(0, limit)
}
