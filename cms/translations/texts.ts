/**
 * The translatable texts of a document, field by field: what the workflow compares across languages. A field is
 * addressed by its path with list items named by their row id (`signatories.65f0….name`), so reordering rows keeps
 * each translation with its Thai source; its text is plain text (rich text's words, a list's lines).
 */
import { createHash } from 'node:crypto'
import type { Locale } from '../../content/schema/index.ts'

/** One translatable field value: its key (row ids), its path as the admin form names it (row indexes), its texts. */
export interface FieldText {
  key: string
  path: string
  texts: Partial<Record<Locale, string>>
}

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The words of a value: text as is, a list line by line, Lexical rich text paragraph by paragraph. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('\n')
  if (isNode(value)) {
    if (isNode(value.root)) return plainText(value.root)
    if (typeof value.text === 'string') return value.text
    if (Array.isArray(value.children)) {
      const block = value.type === 'paragraph' || value.type === 'heading' || value.type === 'listitem' || value.type === 'quote'
      const inner = value.children.map((child) => (isNode(child) && typeof child.text === 'string' ? child.text : plainText(child)))
      return (block ? inner.join('') : inner.filter(Boolean).join('\n')).trim()
    }
  }
  return ''
}

/** A short fingerprint of a text: the workflow keeps these, never the texts themselves. */
export const hashText = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22)

/**
 * The values at a path (`*` for every row of a list) in a document, each with its key and its form path. With
 * `empty`, a field left empty at the end of the path is listed too (a save that leaves a translation out).
 */
export function valuesAtPath(doc: Node | undefined, path: readonly string[], { empty = false } = {}): { key: string; path: string; value: unknown }[] {
  let found: { key: string[]; path: string[]; value: unknown }[] = [{ key: [], path: [], value: doc }]
  for (const [depth, segment] of path.entries()) {
    found = found.flatMap(({ key, path: at, value }) => {
      if (segment === '*') {
        if (!Array.isArray(value)) return []
        return value.map((row, index) => ({ key: [...key, isNode(row) && row.id ? String(row.id) : String(index)], path: [...at, String(index)], value: row }))
      }
      if (!isNode(value)) return []
      if ((value[segment] === undefined || value[segment] === null) && !(empty && depth === path.length - 1)) return []
      return [{ key: [...key, segment], path: [...at, segment], value: value[segment] }]
    })
  }
  return found.map(({ key, path: at, value }) => ({ key: key.join('.'), path: at.join('.'), value }))
}

/** The texts of every source field of a document read with all locales (`locale: 'all'`). */
export function allLocaleTexts(doc: Node | undefined, sourcePaths: readonly (readonly string[])[]): FieldText[] {
  return sourcePaths.flatMap((path) =>
    valuesAtPath(doc, path).map(({ key, path: at, value }) => ({
      key,
      path: at,
      texts: isNode(value) ? (Object.fromEntries(Object.entries(value).map(([locale, text]) => [locale, plainText(text)])) as FieldText['texts']) : {},
    })),
  )
}

/** The texts of every source field of a document read in one locale, empty ones included. */
export function oneLocaleTexts(doc: Node | undefined, sourcePaths: readonly (readonly string[])[], locale: Locale): FieldText[] {
  return sourcePaths.flatMap((path) =>
    valuesAtPath(doc, path, { empty: true }).map(({ key, path: at, value }) => ({ key, path: at, texts: { [locale]: plainText(value) } })),
  )
}
