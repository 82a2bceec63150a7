/**
 * The evaluation of Payload's per-locale publishing (`localizeStatus`, experimental since 3.72), on a scratch
 * collection and a scratch SQLite file: what it does that this project's publishing, deploy trigger and snapshot
 * would have to change for (README, "Per-locale publishing: evaluated, not adopted"). If Payload changes any of this,
 * a test here fails and the decision is worth revisiting.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

type Doc = Record<string, unknown>
/** The scratch collection is not in the project's generated types: the Local API, typed loosely for it. */
interface Scratch {
  create(options: object): Promise<Doc>
  update(options: object): Promise<Doc>
  find(options: object): Promise<{ docs: Doc[] }>
}
let payload: Scratch
const afterChange: { locale: unknown; status: unknown; previous: unknown }[] = []
let id: number | string

beforeAll(async () => {
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  const config = await buildConfig({
    secret: 'localize-status-evaluation-secret',
    experimental: { localizeStatus: true },
    localization: { locales: ['th', 'en', 'ja', 'ko'], defaultLocale: 'th', fallback: true },
    db: sqliteAdapter({ client: { url: `file:${join(mkdtempSync(join(tmpdir(), 'bma-localize-status-')), 'db.sqlite')}` }, push: true }),
    collections: [
      {
        slug: 'terms',
        versions: { drafts: { localizeStatus: true, schedulePublish: true } },
        // This project's rule for the public: published documents only.
        access: { read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }) },
        hooks: {
          afterChange: [({ doc, previousDoc, req }) => void afterChange.push({ locale: req.locale, status: doc._status, previous: previousDoc?._status })],
        },
        fields: [
          { name: 'slug', type: 'text' },
          { name: 'title', type: 'text', localized: true },
        ],
      },
    ],
  })
  payload = (await getPayload({ config })) as unknown as Scratch
  const doc = await payload.create({ collection: 'terms', locale: 'th', data: { slug: 'sister-city', title: 'เมืองพี่เมืองน้อง', _status: 'published' } })
  id = doc.id as number | string
  await payload.update({ collection: 'terms', id, locale: 'ja', draft: true, data: { title: '姉妹都市', _status: 'draft' } })
  await payload.update({ collection: 'terms', id, locale: 'ko', draft: true, data: { title: '자매도시', _status: 'draft' } })
  await payload.update({ collection: 'terms', id, locale: 'ja', data: { _status: 'published' }, publishSpecificLocale: 'ja' })
})

const anonymous = async (locale: 'th' | 'ja' | 'ko' | 'all') => (await payload.find({ collection: 'terms', locale, overrideAccess: false, depth: 0 })).docs

describe('localizeStatus (Payload 3.90.2)', () => {
  it('publishes a finished Japanese translation without the Korean draft', async () => {
    expect((await anonymous('ja')).map((d) => d.title)).toEqual(['姉妹都市'])
    expect(JSON.stringify(await anonymous('all'))).not.toContain('자매도시')
  })

  it('hides the whole entry in a locale still in draft, where the site and the public API fall back to Thai', async () => {
    expect(await anonymous('ko')).toEqual([])
  })

  it('turns `_status` into an object per locale in every read with all locales (the snapshot and backups read so)', async () => {
    const [doc] = await anonymous('all')
    expect(doc!._status).toEqual({ th: 'published', ja: 'published' })
  })

  it('lets a translation be published while Thai is not: nothing keeps Thai first', async () => {
    await payload.update({ collection: 'terms', id, locale: 'th', data: { _status: 'draft' }, draft: true, publishSpecificLocale: 'th' })
    const staff = await payload.find({ collection: 'terms', locale: 'all', draft: true, depth: 0 })
    expect(staff.docs[0]!._status).toEqual({ th: 'draft', ja: 'published', ko: 'draft' })
  })

  it('reports the status of the locale written to change hooks, not the document’s', () => {
    expect(afterChange.at(3)).toEqual({ locale: 'ja', status: 'published', previous: 'draft' })
  })
})
