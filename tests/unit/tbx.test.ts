/**
 * The glossary as TBX-Basic (content/tbx/): the file written has the structure ISO 30042:2019 and the TBX-Basic dialect
 * prescribe (checked element by element from the specification's rules), reads back to the same glossary, and hostile
 * or broken files (entity expansion, external entities, a huge file, malformed XML, XML that is not TBX) are refused
 * with their line and element, quickly and without reading anything else.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { describe, expect, it } from 'vitest'
import { readBundle } from '../../content/bundle.ts'
import { glossary as glossaryCollection } from '../../content/schema/glossary.ts'
import { administrativeStatuses, dataCategories, termTypes, tbxNamespace } from '../../content/tbx/dialect.ts'
import { mergeTbx } from '../../content/tbx/merge.ts'
import { readTbx } from '../../content/tbx/read.ts'
import { glossaryTbx } from '../../content/tbx/write.ts'
import { publicContent } from '../../site/src/lib/publicContent.ts'

const fixture = join(import.meta.dirname, '../fixtures/open-data-bundle')
const header = { title: 'Glossary', publication: ['Publisher'], source: ['Source'] }
const content = publicContent(await readBundle(fixture))
const tbx = glossaryTbx(content.glossary, header)

interface Node {
  tag: SaxesTagNS
  line: number
  children: Node[]
  text: string
}
/** The file as a tree of elements, with line numbers (for the structure checks). */
function tree(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: Node[] = []
  let root: Node | undefined
  parser.on('opentag', (tag) => {
    const node = { tag, line: parser.line, children: [], text: '' }
    stack.at(-1)?.children.push(node)
    stack.push(node)
    root ??= node
  })
  parser.on('text', (text) => {
    if (stack.length) stack.at(-1)!.text += text
  })
  parser.on('closetag', () => void stack.pop())
  parser.write(xml).close()
  return root!
}
const attr = (node: Node, name: string) => Object.values(node.tag.attributes).find((a) => a.name === name)?.value
const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)]
const names = (nodes: Node[]) => nodes.map((n) => n.tag.local)

/** The rules of TBX v3's core structure and of the TBX-Basic dialect (DCA style), each a list of violations. */
function violations(root: Node): string[] {
  const found: string[] = []
  const fail = (node: Node, rule: string) => found.push(`line ${node.line} <${node.tag.local}>: ${rule}`)
  const parents = new Map<Node, Node>()
  for (const node of all(root)) for (const child of node.children) parents.set(child, node)
  if (root.tag.local !== 'tbx' || root.tag.uri !== tbxNamespace) fail(root, `the root is <tbx> in ${tbxNamespace}`)
  if (attr(root, 'type') !== 'TBX-Basic') fail(root, 'type="TBX-Basic"')
  if (attr(root, 'style') !== 'dca') fail(root, 'style="dca"')
  if (!attr(root, 'xml:lang')) fail(root, 'xml:lang is required on <tbx>')
  if (names(root.children).join() !== 'tbxHeader,text') fail(root, '<tbx> holds <tbxHeader> then <text>')
  const fileDesc = root.children[0]?.children[0]
  if (fileDesc?.tag.local !== 'fileDesc' || !fileDesc.children.some((c) => c.tag.local === 'sourceDesc'))
    fail(root, '<tbxHeader> holds <fileDesc> with a <sourceDesc>')
  const body = root.children[1]?.children[0]
  if (body?.tag.local !== 'body' || body.children.length === 0) fail(root, '<text> holds a <body> with one or more <conceptEntry>')
  const ids = new Set(all(root).flatMap((n) => attr(n, 'id') ?? []))
  for (const node of all(root)) {
    if (node.tag.uri !== tbxNamespace) fail(node, 'DCA style: every element is in the TBX namespace')
    const type = attr(node, 'type')
    const parent = parents.get(node)?.tag.local
    const local = node.tag.local
    if (local in dataCategories && !(dataCategories as Record<string, readonly string[]>)[local]!.includes(type ?? ''))
      fail(node, `type="${type}" is not a TBX-Basic data category of <${local}>`)
    if (local === 'conceptEntry') {
      if (!/^[A-Za-z_][\w.-]*$/.test(attr(node, 'id') ?? '')) fail(node, 'a concept has an id that is an XML ID')
      const langSecs = node.children.filter((c) => c.tag.local === 'langSec')
      if (langSecs.length === 0) fail(node, 'one or more <langSec>')
      const firstLangSec = node.children.findIndex((c) => c.tag.local === 'langSec')
      if (node.children.slice(firstLangSec).some((c) => c.tag.local !== 'langSec')) fail(node, 'the language sections come last')
    }
    if (local === 'langSec') {
      if (!attr(node, 'xml:lang')) fail(node, 'xml:lang is required on <langSec>')
      if (!node.children.some((c) => c.tag.local === 'termSec')) fail(node, 'one or more <termSec>')
      const first = node.children.findIndex((c) => c.tag.local === 'termSec')
      if (node.children.slice(first).some((c) => c.tag.local !== 'termSec')) fail(node, 'the term sections come last')
    }
    if (local === 'termSec') {
      if (node.children[0]?.tag.local !== 'term' || node.children.filter((c) => c.tag.local === 'term').length !== 1) fail(node, 'exactly one <term>, first')
      if (!node.children[0]?.text.trim()) fail(node, 'the term is not empty')
    }
    if (local === 'termNote' && parent !== 'termSec') fail(node, 'a termNote only at termSec level')
    if (local === 'termNote' && type === 'termType' && !(termTypes as readonly string[]).includes(node.text)) fail(node, 'a TBX-Basic term type')
    if (local === 'termNote' && type === 'administrativeStatus' && !(administrativeStatuses as readonly string[]).includes(node.text))
      fail(node, 'a TBX-Basic status')
    if (local === 'descrip' && type === 'subjectField' && parent !== 'conceptEntry') fail(node, 'subjectField only at conceptEntry level')
    if (local === 'descrip' && type === 'definition' && parent !== 'conceptEntry' && parent !== 'langSec')
      fail(node, 'definition at conceptEntry or langSec level')
    if (local === 'ref' && type === 'crossReference') {
      if (parent !== 'conceptEntry' && parent !== 'termSec') fail(node, 'crossReference at conceptEntry or termSec level')
      if (!ids.has(attr(node, 'target') ?? '')) fail(node, 'an internal reference targets an id of the file (IDREF)')
    }
    if (local === 'xref') {
      if (!/^https?:\/\/.+/.test(attr(node, 'target') ?? '')) fail(node, 'xref target is an http(s) URI')
      if (type === 'externalCrossReference' && parent !== 'conceptEntry' && parent !== 'termSec')
        fail(node, 'externalCrossReference at conceptEntry or termSec level')
    }
    if (['admin', 'descrip', 'termNote', 'ref', 'xref', 'transac'].includes(local) && type === '') fail(node, 'a data category is declared')
  }
  return found
}

describe('TBX-Basic export', () => {
  it('follows the core structure and the TBX-Basic dialect rules', () => {
    expect(violations(tree(tbx))).toEqual([])
  })

  it('the checks catch a file that breaks the rules', () => {
    const broken = tbx
      .replace('<termNote type="termType">fullForm</termNote>', '<termNote type="termType">transliteratedForm</termNote>')
      .replace('<descrip type="subjectField">', '<descrip type="subjectArea">')
      .replace('style="dca"', 'style="dct"')
    expect(violations(tree(broken))).toEqual([
      expect.stringContaining('style="dca"'),
      expect.stringContaining('type="subjectArea" is not a TBX-Basic data category'),
      expect.stringContaining('a TBX-Basic term type'),
    ])
  })

  it('has one conceptEntry per public term, its domain, related terms, sources, languages, aliases and romanizations', () => {
    const root = tree(tbx)
    const concepts = all(root).filter((n) => n.tag.local === 'conceptEntry')
    expect(concepts.map((c) => attr(c, 'id'))).toEqual(content.glossary.map((e) => (/^\d/.test(e.slug) ? `_${e.slug}` : e.slug)))
    const sister = concepts.find((c) => attr(c, 'id') === 'sister-city')!
    expect(sister.children.find((c) => attr(c, 'type') === 'subjectField')?.text).toBe('sister-cities')
    // The draft term is pruned from `related`; the public ones stay.
    expect(sister.children.filter((c) => attr(c, 'type') === 'crossReference').map((c) => attr(c, 'target'))).toEqual(['friendship-city', 'bma'])
    expect(sister.children.filter((c) => c.tag.local === 'xref').map((c) => attr(c, 'target'))).toEqual(['https://international.bangkok.go.th/'])
    expect(sister.children.filter((c) => attr(c, 'type') === 'source').map((c) => c.text)).toEqual(['Office style guide, 2024 | edition 2'])
    const langs = sister.children.filter((c) => c.tag.local === 'langSec').map((c) => attr(c, 'xml:lang'))
    expect(langs).toEqual(['th', 'en', 'zh', 'ja', 'ko', 'th-Latn', 'en-Latn', 'zh-Latn-pinyin', 'ja-Latn', 'ko-Latn'])
    const english = sister.children.find((c) => attr(c, 'xml:lang') === 'en')!
    const terms = english.children.filter((c) => c.tag.local === 'termSec').map((t) => [t.children[0]!.text, t.children[1]!.text, t.children[2]!.text])
    expect(terms).toEqual([
      ['Sister city', 'fullForm', 'preferredTerm-admn-sts'],
      ['twin town', 'variant', 'admittedTerm-admn-sts'],
      ['twin city', 'variant', 'admittedTerm-admn-sts'],
    ])
    const bma = concepts.find((c) => attr(c, 'id') === 'bma')!
    const abbreviations = all(bma).filter((n) => n.tag.local === 'termSec' && n.children[1]?.text === 'abbreviation')
    expect(abbreviations.map((t) => t.children[0]!.text)).toEqual(['กทม.', 'BMA'])
  })

  it('contains nothing that is not public', () => {
    expect(tbx).not.toMatch(/CANARY/)
  })

  it('is deterministic', () => {
    expect(glossaryTbx(publicContent(content).glossary, header)).toBe(tbx)
  })
})

describe('TBX import', () => {
  it('export then import gives the same glossary', () => {
    const { concepts, problems } = readTbx(tbx)
    expect(problems).toEqual([])
    const merged = mergeTbx(concepts, content.glossary, content.domains)
    expect(merged.problems).toEqual([])
    expect(merged.created).toEqual([])
    expect(merged.updated).toEqual([])
    expect(merged.glossary).toEqual(content.glossary.map((e) => glossaryCollection.schema.parse(e)))
  })

  it('into an empty glossary gives the exported terms back, field for field', () => {
    const merged = mergeTbx(readTbx(tbx).concepts, [], content.domains)
    expect(merged.problems).toEqual([])
    // `reading` and `previousSlugs` are not TBX data: everything else comes back.
    const withoutExtras = content.glossary.map(({ reading: _r, previousSlugs: _p, ...rest }) => rest)
    expect(merged.glossary).toEqual(withoutExtras)
  })

  it('merges a CAT tool’s file: ids that are not slugs, regional tags, deprecated terms, only the languages it has', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>CAT tool export</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c17">
      <descrip type="subjectField">Sister cities</descrip>
      <langSec xml:lang="en-GB">
        <termSec><term>Friendship city</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>amity city</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <termSec><term>friend city</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="ko-KR"><termSec><term>우호 도시</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="C_18">
      <langSec xml:lang="th"><descrip type="definition">คำใหม่</descrip><termSec><term>ศาลาว่าการ</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>City Hall</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`
    const merged = mergeTbx(readTbx(xml).concepts, content.glossary, content.domains)
    expect(merged.problems).toEqual([])
    expect(merged.updated).toEqual(['friendship-city'])
    expect(merged.created).toEqual(['city-hall'])
    const friendship = merged.glossary.find((e) => e.slug === 'friendship-city')!
    const before = content.bySlug.glossary.get('friendship-city')!
    expect(friendship.aliases).toEqual({ en: ['friend city'] })
    expect(friendship.term).toEqual({ ...before.term, ko: '우호 도시' })
    expect(friendship.definition).toEqual(before.definition)
    expect(friendship.domain).toBe('sister-cities')
    expect(friendship.previousSlugs).toEqual(['friend-city'])
  })

  it('lists every problem with its line and element, and merges nothing', () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="new-term">
      <langSec xml:lang="en"><termSec><term>Only English</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="sister-city">
      <ref type="crossReference" target="nowhere">?</ref>
      <langSec xml:lang="es"><termSec><term>ciudad hermana</term></termSec></langSec>
      <langSec xml:lang="zh-TW"><termSec><term>姊妹市</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Twin</term><termNote type="termType">nickname</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`
    const read = readTbx(xml)
    expect(read.problems).toEqual([
      { line: 12, element: '<termNote type="termType">', reason: expect.stringContaining('not one of TBX-Basic’s term types'.replace('’', "'")) },
    ])
    const merged = mergeTbx(read.concepts, content.glossary, content.domains)
    expect(merged.problems.map((p) => `${p.line} ${p.element}`)).toEqual([
      '5 <conceptEntry id="new-term">',
      '5 <conceptEntry id="new-term">',
      '9 <ref type="crossReference" target="nowhere">',
      '10 <langSec xml:lang="es">',
      '11 <langSec xml:lang="zh-TW">',
    ])
    expect(merged.problems[0]!.reason).toMatch(/term\.th is required/)
  })
})

describe('hostile and broken TBX files', () => {
  const wrap = (body: string) =>
    `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${tbxNamespace}"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>${body}</body></text></tbx>`
  const concept = (term: string) => `<conceptEntry id="x"><langSec xml:lang="th"><termSec><term>${term}</term></termSec></langSec></conceptEntry>`

  it('refuses entity expansion (billion laughs) at once', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n${wrap(concept('&lol9;'))}`
    const { problems, concepts } = readTbx(xml)
    expect(concepts).toEqual([])
    expect(problems).toEqual([{ line: expect.any(Number), element: '', reason: expect.stringMatching(/document type declaration .* refused/) }])
  })

  it('refuses an external entity and never reads the file it names', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${wrap(concept('&xxe;'))}`
    const { problems, concepts } = readTbx(xml)
    expect(concepts).toEqual([])
    expect(problems[0]!.reason).toMatch(/document type declaration/)
    expect(JSON.stringify(readTbx(xml))).not.toContain('root:')
  })

  it('refuses an entity reference it does not know, with its line', () => {
    const { problems } = readTbx(`<?xml version="1.0"?>\n${wrap('\n' + concept('&xxe;'))}`)
    expect(problems).toEqual([{ line: 3, element: '<term>', reason: expect.stringMatching(/not well-formed XML: .*undefined entity/i) }])
  })

  it('refuses malformed XML with its line and element', () => {
    const { problems } = readTbx(`<?xml version="1.0"?>\n${wrap(`\n<conceptEntry id="x">\n<langSec xml:lang="th"><termSec><term>a</termSec>`)}`)
    expect(problems).toEqual([
      { line: 4, element: expect.stringMatching(/^<term/), reason: expect.stringContaining('not well-formed XML: 4:49: unexpected close tag') },
    ])
  })

  it('refuses XML that is not TBX, and TBX 2008', () => {
    expect(readTbx('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>').problems[0]!.reason).toMatch(/is not TBX: the root element must be <tbx>/)
    expect(readTbx('<martif type="TBX"><text><body/></text></martif>').problems[0]!.reason).toMatch(/TBX 2008/)
    expect(readTbx(wrap('').replace('style="dca"', 'style="dct"')).problems[0]!.reason).toMatch(/only DCA style/)
    expect(readTbx('not xml at all').problems[0]!.reason).toMatch(/not well-formed XML/)
  })

  it('refuses nesting without bound', () => {
    const deep = `${'<note>'.repeat(5000)}x${'</note>'.repeat(5000)}`
    const { problems } = readTbx(wrap(`<conceptEntry id="x">${deep}</conceptEntry>`))
    expect(problems[0]!.reason).toMatch(/nested more than 40 elements deep/)
  })

  it('reads a large, valid file (the size limit itself is the importer’s, before reading)', () => {
    const big = glossaryTbx(
      Array.from({ length: 2000 }, (_, i) => ({ ...content.glossary[1]!, slug: `term-${i}`, related: [] })),
      header,
    )
    const { concepts, problems } = readTbx(big)
    expect(problems).toEqual([])
    expect(concepts).toHaveLength(2000)
  })

  it('reads a TBX-Basic file as translation tools write it: transactions, notes, contexts, part of speech', () => {
    const xml = readFileSync(join(import.meta.dirname, '../fixtures/tbx/cat-tool-export.tbx'), 'utf8')
    const { concepts, problems } = readTbx(xml)
    expect(problems).toEqual([])
    expect(concepts.map((c) => c.id)).toEqual(['c1', 'c2'])
  })
})
