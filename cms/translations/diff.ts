/**
 * What changed in a text, word by word. Thai (like Chinese and Japanese) is written without spaces, so words are
 * found by the platform's word segmenter rather than by whitespace, and then compared with jsdiff.
 */
import { diffArrays } from 'diff'

export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
const words = (text: string) => [...segmenter.segment(text)].map((s) => s.segment)

/** The parts of `after` and `before` in reading order: unchanged, added and removed runs of words. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffArrays(words(before), words(after)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }))
}
