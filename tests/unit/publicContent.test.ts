/** What the public may see of an entry (content/bundle.ts): staff fields, non-public items and references removed. */
import { describe, expect, it } from 'vitest'
import { isPublicEntry, pruneReferences, toPublic } from '../../content/bundle.ts'
import type { Activity, Agreement, City } from '../../content/schema/index.ts'

const agreement: Agreement = {
  slug: 'seoul-mou',
  title: { th: 'บันทึกความเข้าใจ', en: 'MOU' },
  kind: 'mou',
  partners: ['cities/seoul', 'organizations/citynet'],
  status: 'in-force',
  documents: [
    { file: 'docs/signed-th.pdf', lang: 'th', visibility: 'public' },
    { file: 'docs/annex.pdf', lang: 'en', visibility: 'office' },
    { file: 'docs/signed-ko.pdf', lang: 'ko' },
  ],
  visibility: 'public',
  readers: ['someone@example.org'],
  councilApproval: 'COUNCIL',
  internalNotes: 'NOTE',
  followUps: [{ action: 'FOLLOW-UP' }],
}

describe('toPublic', () => {
  it('drops staff-only fields, the visibility marks and the documents that are not public', () => {
    expect(toPublic('agreements', agreement)).toEqual({
      slug: 'seoul-mou',
      title: { th: 'บันทึกความเข้าใจ', en: 'MOU' },
      kind: 'mou',
      partners: ['cities/seoul', 'organizations/citynet'],
      status: 'in-force',
      documents: [
        { file: 'docs/signed-th.pdf', lang: 'th' },
        { file: 'docs/signed-ko.pdf', lang: 'ko' },
      ],
    })
  })

  it('drops a v1 city’s internal agreements, contacts and notes, and a list left empty', () => {
    const city: City = {
      slug: 'fukuoka',
      name: { th: 'ฟูกูโอกะ' },
      country: 'JP',
      relationship: 'friendship-city',
      summary: { th: 'สรุป' },
      body: { th: 'เนื้อหา' },
      agreements: [{ title: { th: 'ภายใน' }, visibility: 'internal' }],
      internalContacts: [{ name: 'PERSON' }],
      internalNotes: 'NOTE',
    }
    expect(toPublic('cities', city)).toEqual({
      slug: 'fukuoka',
      name: { th: 'ฟูกูโอกะ' },
      country: 'JP',
      relationship: 'friendship-city',
      summary: { th: 'สรุป' },
      body: { th: 'เนื้อหา' },
    })
  })

  it('drops personal data nested in lists (a delegation)', () => {
    const activity: Activity = {
      slug: 'visit',
      title: { th: 'เยือน' },
      kind: 'incoming-visit',
      start: '2026-01-01',
      partners: ['cities/seoul'],
      delegation: [{ name: 'PERSON', title: 'Mayor' }],
      outcomes: 'OUTCOME',
    }
    expect(JSON.stringify(toPublic('activities', activity))).not.toMatch(/PERSON|OUTCOME|delegation/)
  })
})

describe('isPublicEntry', () => {
  it('needs the entry published and public, reading each collection’s own publication field', () => {
    expect(isPublicEntry('agreements', agreement)).toBe(true)
    expect(isPublicEntry('agreements', { ...agreement, publication: 'draft' })).toBe(false)
    expect(isPublicEntry('agreements', { ...agreement, visibility: 'bma' })).toBe(false)
    // An agreement's `status` is its own state, never its publication.
    expect(isPublicEntry('agreements', { ...agreement, status: 'expired' })).toBe(true)
    expect(isPublicEntry('glossary', { slug: 'x', term: { th: 'x' }, definition: { th: 'x' }, status: 'draft' })).toBe(false)
  })
})

describe('pruneReferences', () => {
  it('takes out references to entries that are kept out, keeping domains named by slug', () => {
    const keep = (collection: string, slug: string) => `${collection}/${slug}` !== 'organizations/citynet'
    const pruned = pruneReferences('agreements', { ...agreement, sectors: ['unknown-domain'] }, keep)
    expect(pruned.partners).toEqual(['cities/seoul'])
    expect(pruned.sectors).toEqual(['unknown-domain'])
    const activity: Activity = { slug: 'a', title: { th: 'ก' }, kind: 'meeting', start: '2026', partners: ['cities/seoul'], agreement: 'agreements/secret' }
    expect(pruneReferences('activities', activity, (c) => c !== 'agreements').agreement).toBeUndefined()
  })
})
