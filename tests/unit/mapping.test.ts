/**
 * The mapping between bundle entries and Payload documents (cms/bundle/mapping.ts), both ways, without a database:
 * what each locale's write carries, and a document read back with `locale: 'all'` giving the same entry.
 */
import { describe, expect, it } from 'vitest'
import { serializeEntry } from '../../content/bundle.ts'
import type { Activity, Agreement, NewsItem } from '../../content/schema/index.ts'
import { docToEntry, entryToData, selfReferenceData, type ExportRefs, type ImportRefs } from '../../cms/bundle/mapping.ts'
import type { RichTextConverter } from '../../cms/bundle/richText.ts'

/** Markdown stands for itself in these tests: the Lexical conversion is Payload's own. */
const richText: RichTextConverter = { toLexical: (markdown) => ({ markdown }), toMarkdown: (state) => (state as { markdown: string }).markdown }
const ids: Record<string, number> = {
  'cities/seoul': 1,
  'organizations/citynet': 2,
  'domains/environment': 3,
  'agreements/seoul-mou': 4,
  'glossary/city-hall': 5,
}
const importRefs: ImportRefs = {
  media: (path) => (path ? { 'docs/signed.pdf': 10, 'photos/visit.jpg': 11 }[path] : undefined),
  id: (collection, slug) => ids[`${collection}/${slug}`],
  unit: (name) => ({ สำนักการต่างประเทศ: 20 })[name.th ?? ''],
}
/** A document read at depth 1: relationships populated with the documents' slugs. */
const populated = (collection: string, slug: string) => ({ id: ids[`${collection}/${slug}`], slug })
const exportRefs: ExportRefs = {
  richText,
  mediaPath: (media) => (media && typeof media === 'object' ? ((media as { bundlePath?: string }).bundlePath ?? undefined) : undefined),
  slug: (_collection, ref) => (ref && typeof ref === 'object' ? (ref as { slug?: string }).slug : undefined),
}

const agreement: Agreement = {
  slug: 'seoul-mou',
  title: { th: 'บันทึกความเข้าใจ', en: 'Memorandum', ja: '覚書' },
  kind: 'mou',
  partners: ['cities/seoul', 'organizations/citynet'],
  status: 'in-force',
  signed: '2013-02',
  sectors: ['environment'],
  signatories: [{ name: { th: 'ผู้ว่าฯ', en: 'Governor' } }],
  body: { th: 'เนื้อหา', en: 'Body' },
  documents: [{ file: 'docs/signed.pdf', lang: 'ko', title: { th: 'ฉบับเกาหลี', en: 'Korean text' } }],
  visibility: 'office',
  publication: 'draft',
}

describe('entryToData', () => {
  it('writes every field in Thai, references as ids (polymorphic where a field names several collections)', () => {
    const data = entryToData('agreements', agreement, 'th', importRefs, richText)
    expect(data).toMatchObject({
      slug: 'seoul-mou',
      title: 'บันทึกความเข้าใจ',
      partners: [
        { relationTo: 'cities', value: 1 },
        { relationTo: 'organizations', value: 2 },
      ],
      sectors: [3],
      signed: '2013-02',
      body: { markdown: 'เนื้อหา' },
      documents: [{ file: 10, lang: 'ko', title: 'ฉบับเกาหลี' }],
      visibility: 'office',
      summary: null,
    })
    // The publication state is Payload's `_status`, set by the importer.
    expect(data).not.toHaveProperty('publication')
  })

  it('writes only localized fields in another locale, lists whole with the rows the Thai write created', () => {
    const thaiDoc = { documents: [{ id: 'row-1' }], signatories: [{ id: 'row-2' }] }
    const data = entryToData('agreements', agreement, 'en', importRefs, richText, { thaiDoc })
    expect(Object.keys(data).sort()).toEqual(['body', 'documents', 'signatories', 'summary', 'title'])
    expect(data.documents).toEqual([{ id: 'row-1', file: 10, lang: 'ko', title: 'Korean text', visibility: 'public' }])
    expect(data.signatories).toEqual([{ id: 'row-2', name: 'Governor', title: null }])
    expect(entryToData('agreements', agreement, 'ko', importRefs, richText, { thaiDoc }).title).toBeNull()
  })

  it('leaves references to the own collection for a second pass', () => {
    const term = { slug: 'bangkok', term: { th: 'กรุงเทพฯ' }, definition: { th: 'นคร' }, related: ['city-hall'], domain: 'environment' }
    expect(entryToData('glossary', term, 'th', importRefs, richText)).not.toHaveProperty('related')
    expect(selfReferenceData('glossary', term, importRefs, richText)).toEqual({ related: [5] })
  })

  it('names BMA units by their ids in the managed list, and news dates as Bangkok instants', () => {
    const activity: Activity = {
      slug: 'visit',
      title: { th: 'เยือน' },
      kind: 'incoming-visit',
      start: '2026-01-15',
      partners: ['cities/seoul'],
      units: [{ th: 'สำนักการต่างประเทศ' }],
    }
    expect(entryToData('activities', activity, 'th', importRefs, richText).units).toEqual([20])
    const item: NewsItem = { slug: 'n', date: '2026-03-14', title: { th: 'ข่าว' }, summary: { th: 'สรุป' }, body: { th: 'เนื้อหา' } }
    expect(entryToData('news', item, 'th', importRefs, richText).date).toBe('2026-03-13T17:00:00.000Z')
    expect(entryToData('news', item, 'en', importRefs, richText)).not.toHaveProperty('date')
  })
})

describe('docToEntry', () => {
  it('turns a document read in every locale back into the same entry', () => {
    const doc = {
      id: 4,
      _status: 'draft',
      slug: 'seoul-mou',
      title: agreement.title,
      kind: 'mou',
      partners: [
        { relationTo: 'cities', value: populated('cities', 'seoul') },
        { relationTo: 'organizations', value: populated('organizations', 'citynet') },
      ],
      status: 'in-force',
      signed: '2013-02',
      expires: null,
      sectors: [populated('domains', 'environment')],
      signatories: [{ id: 'r', name: { th: 'ผู้ว่าฯ', en: 'Governor' }, title: null }],
      summary: null,
      body: { th: { markdown: 'เนื้อหา' }, en: { markdown: 'Body' } },
      documents: [{ id: 'd', file: { id: 10, bundlePath: 'docs/signed.pdf' }, lang: 'ko', title: { th: 'ฉบับเกาหลี', en: 'Korean text' }, visibility: null }],
      visibility: 'office',
      readers: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    expect(serializeEntry('agreements', docToEntry('agreements', doc, exportRefs))).toBe(serializeEntry('agreements', agreement))
  })

  it('keeps a domain’s slug when its entry is not part of the export, and drops other references to what is not', () => {
    const refs: ExportRefs = { ...exportRefs, slug: () => undefined }
    const doc = {
      slug: 't',
      term: { th: 'ค' },
      definition: { th: { markdown: 'น' } },
      domain: populated('domains', 'environment'),
      related: [populated('glossary', 'city-hall')],
    }
    expect(docToEntry('glossary', doc, refs)).toEqual({ slug: 't', term: { th: 'ค' }, definition: { th: 'น' }, domain: 'environment' })
  })
})
