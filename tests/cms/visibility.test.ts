/**
 * Visibility (ARCHITECTURE.md, "Who may do what"), through the Local API with access control on: every role x every
 * visibility x read, list, count, filter and sort on hidden fields, population at depth, versions and drafts, and the
 * documents of an agreement by their own visibility; changes only by those who may change and read the entry.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Payload, Where } from 'payload'
import type { User } from '../../cms/payload-types.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { cmsBundle, openTestCms, password } from '../support/localCms.ts'
import { accountRole, isOfficeStaff, levels, reads, roles, type Level, type Role } from '../support/visibilityRoles.ts'
import { thaiCity } from '../support/entries.ts'

let payload: Payload
/** The users a restricted entry names among its readers. */
const named = ['named-editor@visibility.example.org', 'named-bma-reader@visibility.example.org']
const users = new Map<Role, (User & { collection: 'users' }) | undefined>()

const ids = new Map<Level, number>()
let cityId: number
let mediaIds: Record<'public' | 'office' | 'restricted', number>

const as = (role: Role) => ({ overrideAccess: false, user: users.get(role) })

beforeAll(async () => {
  ;({ payload } = await openTestCms())
  for (const role of roles.filter((r) => r !== 'anonymous')) {
    const email = `${role}@visibility.example.org`
    const actual = accountRole(role)
    const user = await payload.create({
      collection: 'users',
      data: { email, password, role: actual, ...(actual === 'translator' && { translatorLocales: ['en'] }) },
    })
    users.set(role, { ...user, collection: 'users' })
  }
  users.set('anonymous', undefined)
  const city = await payload.create({
    collection: 'cities',
    locale: 'th',
    data: { ...thaiCity('visibility-city'), _status: 'published' },
  })
  cityId = city.id
  const pdf = await readFile(join(cmsBundle, 'media/docs/mou.pdf'))
  const upload = async (name: string, visibility: 'public' | 'office' | 'restricted') =>
    (
      await payload.create({
        collection: 'media',
        locale: 'th',
        data: { alt: name, visibility },
        file: { data: pdf, name: `${name}.pdf`, mimetype: 'application/pdf', size: pdf.length },
      })
    ).id
  mediaIds = {
    public: await upload('signed-public', 'public'),
    office: await upload('annex-office', 'office'),
    restricted: await upload('annex-restricted', 'restricted'),
  }
  for (const level of levels) {
    const agreement = await payload.create({
      collection: 'agreements',
      locale: 'th',
      data: {
        slug: `agreement-${level}`,
        title: `ความตกลง ${level}`,
        kind: 'mou',
        status: 'in-force',
        partners: [{ relationTo: 'cities', value: cityId }],
        visibility: level,
        readers: level === 'restricted' ? named : [],
        councilApproval: `COUNCIL-${level}`,
        internalNotes: `NOTE-${level}`,
        documents: [
          { file: mediaIds.public, lang: 'th', visibility: 'public' },
          { file: mediaIds.office, lang: 'en', visibility: 'office' },
          ...(level === 'restricted' ? [{ file: mediaIds.restricted, lang: 'ja', visibility: 'restricted' as const }] : []),
        ],
        _status: 'published',
      },
    })
    ids.set(level, agreement.id)
  }
  // A public activity under the restricted agreement: population at depth must not reveal the agreement.
  await payload.create({
    collection: 'activities',
    locale: 'th',
    data: {
      slug: 'activity-under-restricted',
      title: 'กิจกรรม',
      kind: 'meeting',
      start: '2026-01-15',
      partners: [{ relationTo: 'cities', value: cityId }],
      agreement: ids.get('restricted')!,
      visibility: 'public',
      _status: 'published',
    },
  })
}, 300_000)

const allowed = async (work: () => Promise<unknown>) => {
  try {
    await work()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return false
    throw error
  }
}

describe.each(roles)('as %s', (role) => {
  const expected = () => reads[role]

  it('lists and counts exactly the agreements of the visibilities it may read', async () => {
    const { docs } = await payload.find({ collection: 'agreements', ...as(role), limit: 100 })
    expect(docs.map((d) => d.slug).sort()).toEqual(
      expected()
        .map((l) => `agreement-${l}`)
        .sort(),
    )
    const { totalDocs } = await payload.count({ collection: 'agreements', ...as(role) })
    expect(totalDocs).toBe(expected().length)
  })

  it.each(levels)('reads the %s agreement by id only when it may', async (level) => {
    expect(await allowed(() => payload.findByID({ collection: 'agreements', id: ids.get(level)!, ...as(role) }))).toBe(expected().includes(level))
  })

  it('learns nothing from filtering or sorting on fields it may not read', async () => {
    // Each probe pairs a true guess about a hidden value of the public agreement with a false one: for anyone who
    // may not read the field, both must answer alike (or be refused), or the filter would reveal the value.
    const probes: [Where, Where][] = [
      [{ councilApproval: { equals: 'COUNCIL-public' } }, { councilApproval: { equals: 'COUNCIL-wrong' } }],
      [{ internalNotes: { like: 'NOTE-pub' } }, { internalNotes: { like: 'NOTE-wrong' } }],
      [{ readers: { in: ['nobody@visibility.example.org'] } }, { readers: { exists: true } }],
      [{ 'documents.lang': { equals: 'en' } }, { 'documents.lang': { equals: 'fr' } }],
    ]
    const office = isOfficeStaff(role)
    const answer = (where: Where) =>
      payload.find({ collection: 'agreements', where: { and: [{ slug: { equals: 'agreement-public' } }, where] }, ...as(role) }).then(
        ({ docs }) => docs.map((d) => d.slug).join(),
        () => 'refused',
      )
    for (const [guess, wrong] of probes) {
      const [a, b] = [await answer(guess), await answer(wrong)]
      if (!office) expect(a, JSON.stringify(guess)).toBe(b)
    }
    const sorted = await payload.find({ collection: 'agreements', sort: 'councilApproval', ...as(role) }).then(
      ({ docs }) => docs.map((d) => d.slug),
      () => [],
    )
    expect(sorted.every((slug) => expected().some((l) => slug === `agreement-${l}`))).toBe(true)
  })

  it('never sees staff-only fields unless it is office staff', async () => {
    const { docs } = await payload.find({ collection: 'agreements', ...as(role), depth: 0 })
    const text = JSON.stringify(docs)
    const office = isOfficeStaff(role)
    for (const secret of ['COUNCIL-', 'NOTE-']) expect(text.includes(secret)).toBe(office)
    // The readers of a restricted entry are seen only by the office's staff who read that entry.
    expect(text.includes('named-editor@visibility')).toBe(office && expected().includes('restricted'))
  })

  it('reads an agreement document only by the document’s own visibility', async () => {
    const doc = await payload.findByID({ collection: 'agreements', id: ids.get('public')!, ...as(role), depth: 0 })
    const files = (doc.documents ?? []).map((d: { file?: unknown }) => d.file)
    expect(files).toContain(mediaIds.public)
    expect(files.includes(mediaIds.office)).toBe(expected().includes('office'))
    expect(await allowed(() => payload.findByID({ collection: 'media', id: mediaIds.office, ...as(role) }))).toBe(expected().includes('office'))
  })

  it('reads a restricted document, and its file, only as an admin or a user the agreement names', async () => {
    const mayRead = expected().includes('restricted')
    const doc = await payload.findByID({ collection: 'agreements', id: ids.get('restricted')!, ...as(role), depth: 0 }).catch(() => undefined)
    const files = (doc?.documents ?? []).map((d: { file?: unknown }) => d.file)
    expect(files.includes(mediaIds.restricted)).toBe(mayRead)
    expect(await allowed(() => payload.findByID({ collection: 'media', id: mediaIds.restricted, ...as(role) }))).toBe(mayRead)
    const { docs } = await payload.find({ collection: 'media', ...as(role), limit: 100, depth: 0 })
    expect(docs.some((m) => m.id === mediaIds.restricted)).toBe(mayRead)
  })

  it('does not reveal an agreement through an activity that names it (depth)', async () => {
    const { docs } = await payload.find({ collection: 'activities', where: { slug: { equals: 'activity-under-restricted' } }, ...as(role), depth: 1 })
    expect(docs).toHaveLength(1)
    const agreement = docs[0]!.agreement
    if (expected().includes('restricted')) expect(agreement).toMatchObject({ slug: 'agreement-restricted' })
    else expect(typeof agreement === 'object' && agreement !== null).toBe(false)
  })

  it('reads versions only as office staff, and only of entries it may read', async () => {
    const { docs } = await payload.findVersions({ collection: 'agreements', ...as(role), limit: 100 }).catch(() => ({ docs: [] }))
    const slugs = [...new Set(docs.map((v) => (v.version as { slug?: string }).slug))].sort()
    const office = isOfficeStaff(role)
    expect(slugs).toEqual(
      office
        ? expected()
            .map((l) => `agreement-${l}`)
            .sort()
        : [],
    )
  })

  it('reads drafts only as office staff', async () => {
    const draft = await payload.create({
      collection: 'activities',
      locale: 'th',
      draft: true,
      data: {
        slug: `draft-${role}`,
        title: 'ร่าง',
        kind: 'meeting',
        start: '2026-02-01',
        partners: [{ relationTo: 'cities', value: cityId }],
        _status: 'draft',
      },
    })
    const seen = await allowed(() => payload.findByID({ collection: 'activities', id: draft.id, draft: true, ...as(role) }))
    expect(seen).toBe(isOfficeStaff(role))
  })

  it.each(levels)('changes the %s agreement only when it may read it and change content', async (level) => {
    const changes = ['admin', 'editor', 'named-editor'].includes(role) && expected().includes(level)
    const ok = await allowed(() =>
      payload.update({ collection: 'agreements', id: ids.get(level)!, locale: 'th', data: { title: `แก้โดย ${role}` }, ...as(role) }),
    )
    expect(ok).toBe(changes)
  })
})

describe('a BMA reader', () => {
  it('creates and deletes nothing', async () => {
    const reader = as('bma-reader')
    expect(
      await allowed(() =>
        payload.create({
          collection: 'activities',
          locale: 'th',
          data: {
            slug: 'by-reader',
            title: 'x',
            kind: 'meeting',
            start: '2026-01-01',
            partners: [{ relationTo: 'cities', value: cityId }],
            visibility: 'public',
          },
          ...reader,
        }),
      ),
    ).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'agreements', id: ids.get('bma')!, ...reader }))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'glossary', where: {}, data: { internalNote: 'x' }, ...reader }))).toBe(false)
  })
})
