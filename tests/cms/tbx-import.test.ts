/**
 * TBX into the CMS's glossary (cms/bundle/importTbx.ts, cms/endpoints/importTbx.ts) against a real CMS on SQLite: the
 * glossary exported as TBX-Basic and imported again changes nothing; a terminologist's file updates and adds terms;
 * a file with problems, a hostile file or one over the size limit is refused whole with line and element, and the
 * database is as it was; only editors and admins may import through the admin's endpoint.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { importTbx, importTbxFile, TbxError } from '../../cms/bundle/importTbx.ts'
import { importTbxEndpoint } from '../../cms/endpoints/importTbx.ts'
import type { GlossaryEntry } from '../../content/schema/index.ts'
import { glossaryTbx } from '../../content/tbx/write.ts'
import { cmsBundle, openTestCms, type Staff } from '../support/localCms.ts'

let payload: Payload
let staff: Staff
const header = { title: 'Glossary', publication: ['p'], source: ['s'] }

beforeAll(async () => {
  ;({ payload, staff } = await openTestCms())
  await importBundle(payload, cmsBundle)
})

/** The whole CMS as a full backup: the measure of "unchanged". */
async function snapshot(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bma-snap-'))
  const bundle = await exportBundle(payload, out, { includeInternal: true })
  await rm(out, { recursive: true })
  return JSON.stringify(bundle)
}
const glossary = async () => JSON.parse(await snapshot()).glossary as { slug: string; term: Record<string, string>; aliases?: Record<string, string[]> }[]

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TbxError)
  return error as TbxError
}

describe('TBX import into the CMS', () => {
  it('export then import gives the same glossary, drafts and staff fields untouched', async () => {
    const before = await snapshot()
    const published = (JSON.parse(before).glossary as GlossaryEntry[]).filter((e) => e.status !== 'draft')
    const summary = await importTbx(payload, glossaryTbx(published, header), 'glossary.tbx')
    expect(summary).toMatchObject({ createdTerms: [], updatedTerms: [], created: 0, updated: 0 })
    expect(await snapshot()).toBe(before)
  })

  it('updates a term and adds one from a terminologist’s file, published, in one import', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
  <tbxHeader><fileDesc><sourceDesc><p>From a CAT tool</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="sister-city">
      <langSec xml:lang="ko"><termSec><term>자매 도시</term></termSec><termSec><term>자매결연 도시</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="city-hall">
      <langSec xml:lang="th"><descrip type="definition">อาคารที่ทำการของกรุงเทพมหานคร</descrip><termSec><term>ศาลาว่าการกรุงเทพมหานคร</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>City Hall</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`
    const dir = await mkdtemp(join(tmpdir(), 'bma-tbx-'))
    await writeFile(join(dir, 'terms.tbx'), xml)
    const summary = await importTbxFile(payload, join(dir, 'terms.tbx'))
    expect(summary).toMatchObject({ createdTerms: ['city-hall'], updatedTerms: ['sister-city'] })
    const terms = await glossary()
    const sister = terms.find((t) => t.slug === 'sister-city')!
    expect(sister.term.ko).toBe('자매 도시')
    expect(sister.aliases?.ko).toEqual(['자매결연 도시'])
    expect(terms.find((t) => t.slug === 'city-hall')?.term).toEqual({ th: 'ศาลาว่าการกรุงเทพมหานคร', en: 'City Hall' })
    const { docs } = await payload.find({ collection: 'glossary', where: { slug: { equals: 'city-hall' } } })
    expect(docs[0]?._status).toBe('published')
  })

  it('refuses a file with problems whole, listing each with its line and element, and changes nothing', async () => {
    const before = await snapshot()
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="sister-city"><langSec xml:lang="en"><termSec><term>Twin city</term></termSec></langSec></conceptEntry>
    <conceptEntry id="only-english"><langSec xml:lang="en"><termSec><term>Only English</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>`
    const error = await refusal(importTbx(payload, xml, 'bad.tbx'))
    expect(error.message).toContain('bad.tbx:6: <conceptEntry id="only-english"> term.th is required')
    expect(await snapshot()).toBe(before)
  })

  it('refuses entity expansion, external entities, malformed XML, XML that is not TBX, and a file over the limit', async () => {
    const before = await snapshot()
    const lol = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tbx>&b;</tbx>`
    expect((await refusal(importTbx(payload, lol, 'lol.tbx'))).message).toMatch(/lol\.tbx:1: has a document type declaration/)
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx>&x;</tbx>`
    expect((await refusal(importTbx(payload, xxe, 'xxe.tbx'))).message).not.toContain('root:')
    expect(
      (await refusal(importTbx(payload, '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0"><unclosed></tbx>', 'broken.tbx')))
        .message,
    ).toMatch(/not well-formed XML/)
    expect((await refusal(importTbx(payload, '<html><body/></html>', 'page.tbx'))).message).toMatch(/is not TBX/)
    process.env.MAX_TBX_BYTES = '1000'
    try {
      expect((await refusal(importTbx(payload, `<tbx>${' '.repeat(2000)}</tbx>`, 'huge.tbx'))).message).toMatch(/more than the 1000 a TBX import accepts/)
    } finally {
      delete process.env.MAX_TBX_BYTES
    }
    expect(await snapshot()).toBe(before)
  })

  it('through the admin’s endpoint: editors import, translators and visitors are refused', async () => {
    const call = (user: unknown, body: string, asForm = true) => {
      const form = new FormData()
      form.append('file', new File([body], 'up.tbx', { type: 'application/xml' }))
      return importTbxEndpoint.handler({
        payload,
        user,
        headers: new Headers(),
        formData: async () => (asForm ? form : Promise.reject(new TypeError('not a form'))),
      } as unknown as PayloadRequest)
    }
    const xml = glossaryTbx([], header).replace(
      '<body>',
      '<body><conceptEntry id="sister-city"><langSec xml:lang="ja"><termSec><term>姉妹都市</term></termSec></langSec></conceptEntry>',
    )
    expect((await call(null, xml)).status).toBe(403)
    expect((await call(staff.translator, xml)).status).toBe(403)
    expect((await call(staff.editor, xml, false)).status).toBe(400)
    process.env.MAX_TBX_BYTES = '10'
    try {
      expect((await call(staff.editor, xml)).status).toBe(413)
    } finally {
      delete process.env.MAX_TBX_BYTES
    }
    const bad = await call(staff.editor, '<tbx')
    expect(bad.status).toBe(422)
    expect(((await bad.json()) as { errors: { line: number }[] }).errors[0]).toMatchObject({ line: 1 })
    const ok = await call(staff.editor, xml)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ concepts: 1 })
  })
})
