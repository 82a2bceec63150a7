/**
 * Reads a TBX file (TBX v3, DCA style; TBX-Basic's data categories) into concepts, listing every problem with its
 * line and element. The XML is parsed by saxes, a strict parser that never reads a DTD: a document type declaration
 * is refused outright (no entity expansion, no external entities), an undefined entity is an error, and nesting and
 * size are bounded, so a hostile file costs a bounded parse and changes nothing.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { administrativeStatuses, termTypes, tbxNamespaces } from './dialect.ts'

/** Files larger than this are refused before they are read (`MAX_TBX_BYTES`, default 20 MB: about 40,000 concepts). */
export const maxTbxBytes = () => Number(process.env.MAX_TBX_BYTES ?? 20_000_000)
const maxDepth = 40

export interface TbxProblem {
  line: number
  /** The element as written, e.g. `<conceptEntry id="c1">`. */
  element: string
  reason: string
}
export interface TbxTerm {
  text: string
  line: number
  termType?: string
  status?: string
}
export interface TbxLanguage {
  tag: string
  line: number
  definition?: string
  terms: TbxTerm[]
}
export interface TbxConcept {
  id: string
  line: number
  subjectField?: { text: string; line: number }
  crossReferences: { target: string; text: string; line: number }[]
  sources: { title: string; url?: string }[]
  /** Definitions on the concept itself, with the language they are in (`xml:lang`), or the file's. */
  definitions: { lang: string; text: string; line: number }[]
  languages: TbxLanguage[]
}

interface Frame {
  tag: SaxesTagNS
  line: number
  text: string
}

const attribute = (tag: SaxesTagNS, name: string): string | undefined => {
  for (const attr of Object.values(tag.attributes)) if (attr.name === name) return attr.value
  return undefined
}
const describe = (tag: SaxesTagNS): string => {
  const shown = ['id', 'type', 'xml:lang', 'target'].flatMap((name) => {
    const value = attribute(tag, name)
    return value === undefined ? [] : [`${name}="${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`]
  })
  return `<${tag.name}${shown.map((a) => ` ${a}`).join('')}>`
}

/** Thrown inside the parser's handlers to stop at a problem that makes the rest meaningless. */
class Stop extends Error {}

export function readTbx(xml: string): { concepts: TbxConcept[]; problems: TbxProblem[] } {
  const problems: TbxProblem[] = []
  const concepts: TbxConcept[] = []
  const stack: Frame[] = []
  let fileLang = 'en'
  let concept: TbxConcept | undefined
  let language: TbxLanguage | undefined
  let term: TbxTerm | undefined
  const ids = new Set<string>()
  const parser = new SaxesParser({ xmlns: true, position: true })
  const problem = (frame: Frame | undefined, reason: string, line = frame?.line ?? parser.line) =>
    problems.push({ line, element: frame ? describe(frame.tag) : '', reason })
  const stop = (frame: Frame | undefined, reason: string, line?: number): never => {
    problem(frame, reason, line)
    throw new Stop()
  }
  const inTbx = (tag: SaxesTagNS) => tbxNamespaces.includes(tag.uri)
  const parentIs = (name: string) => stack.length >= 2 && stack[stack.length - 2]!.tag.local === name && inTbx(stack[stack.length - 2]!.tag)

  parser.on('doctype', () =>
    stop(
      undefined,
      'has a document type declaration (<!DOCTYPE ...>), which is refused: TBX v3 needs none, and its entity declarations could expand without bound or read other files',
      parser.line,
    ),
  )
  parser.on('error', (error) => stop(stack.at(-1), `is not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, parser.line))
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text
  })
  parser.on('cdata', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text
  })
  parser.on('opentag', (tag) => {
    const frame: Frame = { tag, line: parser.line, text: '' }
    stack.push(frame)
    if (stack.length > maxDepth) stop(frame, `is nested more than ${maxDepth} elements deep`)
    if (stack.length === 1) {
      if (tag.local === 'martif') stop(frame, 'is TBX 2008 (TBX v2), which is not read: export the termbase as TBX v3 (ISO 30042:2019), dialect TBX-Basic')
      if (tag.local !== 'tbx' || !inTbx(tag))
        stop(
          frame,
          `is not TBX: the root element must be <tbx> in the namespace ${tbxNamespaces[0]} (TBX v3, ISO 30042:2019), found <${tag.name}>${tag.uri ? ` in ${tag.uri}` : ''}`,
        )
      const type = attribute(tag, 'type') ?? ''
      if (!/^TBX-./.test(type)) problem(frame, `has type="${type}": a TBX v3 file names its dialect, e.g. type="TBX-Basic"`)
      if (attribute(tag, 'style') !== 'dca')
        stop(frame, `has style="${attribute(tag, 'style') ?? ''}": only DCA style (data categories as attributes, style="dca") is read`)
      fileLang = attribute(tag, 'xml:lang') ?? fileLang
      return
    }
    if (!inTbx(tag)) return
    const type = attribute(tag, 'type')
    switch (tag.local) {
      case 'conceptEntry': {
        const id = attribute(tag, 'id')
        if (!id) problem(frame, 'has no id: give each concept an id, the slug of its term (e.g. id="sister-city")')
        else if (ids.has(id)) problem(frame, `repeats the id "${id}" of an earlier concept`)
        if (id) ids.add(id)
        concept = { id: id ?? '', line: frame.line, crossReferences: [], sources: [], definitions: [], languages: [] }
        concepts.push(concept)
        break
      }
      case 'langSec': {
        const tag = attribute(frame.tag, 'xml:lang')
        if (!tag) problem(frame, 'has no xml:lang: a language section names its language')
        language = { tag: tag ?? '', line: frame.line, terms: [] }
        if (concept && parentIs('conceptEntry')) concept.languages.push(language)
        break
      }
      case 'termSec':
        term = { text: '', line: frame.line }
        if (language && parentIs('langSec')) language.terms.push(term)
        break
      case 'termNote':
        if (term && parentIs('termSec')) {
          if (type === 'termType') term.termType = ''
          if (type === 'administrativeStatus') term.status = ''
        }
        break
      default:
        if (type === '') problem(frame, 'has an empty type: name its data category')
    }
  })
  parser.on('closetag', () => {
    const frame = stack.pop()!
    const { tag } = frame
    if (stack.length > 0) stack[stack.length - 1]!.text += frame.text
    if (!inTbx(tag)) return
    const text = frame.text.trim()
    const type = attribute(tag, 'type')
    const parent = stack.at(-1)?.tag.local
    if (tag.local === 'conceptEntry') {
      if (concept && concept.languages.length === 0) problem(frame, 'has no language section (langSec): a concept needs at least one term', concept.line)
      concept = undefined
    } else if (tag.local === 'langSec') {
      if (language && language.terms.length === 0) problem(frame, 'has no term section (termSec)', language.line)
      language = undefined
    } else if (tag.local === 'termSec') term = undefined
    else if (tag.local === 'term' && parent === 'termSec' && term) {
      if (!text) problem(frame, 'is empty')
      term.text = text
    } else if (tag.local === 'termNote' && term && parent === 'termSec') {
      if (type === 'termType') {
        if (!(termTypes as readonly string[]).includes(text)) problem(frame, `has "${text}", not one of TBX-Basic's term types (${termTypes.join(', ')})`)
        term.termType = text
      } else if (type === 'administrativeStatus') {
        if (!(administrativeStatuses as readonly string[]).includes(text))
          problem(frame, `has "${text}", not one of TBX-Basic's statuses (${administrativeStatuses.join(', ')})`)
        term.status = text
      }
    } else if (tag.local === 'descrip' && type === 'definition') {
      if (!text) problem(frame, 'is empty')
      else if (parent === 'langSec' && language) language.definition = text
      else if (parent === 'conceptEntry' && concept) concept.definitions.push({ lang: attribute(tag, 'xml:lang') ?? fileLang, text, line: frame.line })
    } else if (tag.local === 'descrip' && type === 'subjectField' && parent === 'conceptEntry' && concept) {
      if (!text) problem(frame, 'is empty')
      else concept.subjectField = { text, line: frame.line }
    } else if (tag.local === 'ref' && type === 'crossReference' && parent === 'conceptEntry' && concept) {
      const target = attribute(tag, 'target')
      if (!target) problem(frame, 'has no target: a cross reference names the id of another concept')
      else concept.crossReferences.push({ target, text, line: frame.line })
    } else if (tag.local === 'xref' && type === 'externalCrossReference' && parent === 'conceptEntry' && concept) {
      const target = attribute(tag, 'target') ?? ''
      if (!/^https?:\/\/./.test(target)) problem(frame, `has target="${target}": an external cross reference is an http(s) URL`)
      else concept.sources.push({ title: text || target, url: target })
    } else if (tag.local === 'admin' && type === 'source' && parent === 'conceptEntry' && concept) {
      if (text) concept.sources.push({ title: text })
    }
  })

  try {
    parser.write(xml).close()
    if (concepts.length === 0 && problems.length === 0) problems.push({ line: 1, element: '<body>', reason: 'holds no concept (conceptEntry)' })
  } catch (error) {
    if (!(error instanceof Stop)) throw error
  }
  return { concepts, problems }
}
