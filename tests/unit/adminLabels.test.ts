/**
 * Thai first, checked on the configuration itself: every collection, field, option, description and list label the
 * admin shows has Thai and English text, every word of the admin's (Payload's, the editor's, ours) is Thai in Thai,
 * and every validator of a field answers in Thai for a Thai request. (The browser test,
 * tests/admin/workspace.test.ts, then looks at the real pages.)
 */
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { th as payloadThai } from '@payloadcms/translations/languages/th'
import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../cms/i18n/messages.ts'

let config: SanitizedConfig
beforeAll(async () => {
  process.env.JOB_RUNNER = 'off'
  config = await (await import('../../cms/payload.config.ts')).default
})

const ours = () => config.collections.filter((c) => !c.slug.startsWith('payload-'))
const bilingual = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { th?: unknown }).th === 'string' && typeof (value as { en?: unknown }).en === 'string'
/** Fields Payload adds itself, labelled by Payload's own translations. */
const payloadOwn = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'deletedAt',
  'email',
  'password',
  'apiKey',
  'enableAPIKey',
  'apiKeyIndex',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'hasAPIKey',
  'resetPasswordRequestedAt',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'url',
  'thumbnailURL',
  'sizes',
])

function problems(fields: Field[], at: string): string[] {
  return fields.flatMap((field): string[] => {
    if (!('name' in field)) return 'fields' in field ? problems(field.fields, at) : []
    const path = `${at}.${field.name}`
    const admin = field.admin as { disabled?: boolean; hidden?: boolean } | undefined
    if (payloadOwn.has(field.name) || admin?.disabled || admin?.hidden) return []
    const found: string[] = []
    if (!bilingual(field.label)) found.push(`${path}: label`)
    const description = (field.admin as { description?: unknown } | undefined)?.description
    if (description !== undefined && typeof description !== 'function' && !bilingual(description)) found.push(`${path}: description`)
    if ('options' in field)
      for (const option of field.options) if (typeof option !== 'object' || !bilingual(option.label)) found.push(`${path}: option ${JSON.stringify(option)}`)
    if (field.type === 'array' && !(bilingual(field.labels?.singular) && bilingual(field.labels?.plural))) found.push(`${path}: row labels`)
    if ('fields' in field) found.push(...problems(field.fields, path))
    return found
  })
}

describe('admin text', () => {
  it('every collection and field speaks Thai and English', () => {
    const found = ours().flatMap((collection) => [
      ...(bilingual(collection.labels.singular) && bilingual(collection.labels.plural) ? [] : [`${collection.slug}: labels`]),
      ...(collection.admin.description && !bilingual(collection.admin.description) ? [`${collection.slug}: description`] : []),
      ...problems(collection.fields, collection.slug),
    ])
    expect(found).toEqual([])
  })

  it('every word the admin has in English is Thai in the Thai admin: Payload’s, the rich-text editor’s and ours', () => {
    type Words = { [key: string]: string | Words }
    const custom = config.i18n.translations as Record<string, Words>
    const leaves = (words: Words, at: string[] = []): string[][] =>
      Object.entries(words).flatMap(([key, value]) => (typeof value === 'string' ? [[...at, key]] : leaves(value, [...at, key])))
    const lookUp = (words: Words | undefined, path: string[]) =>
      path.reduce<string | Words | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), words)
    const english = [...leaves(payloadEnglish.translations as unknown as Words), ...leaves(custom.en!)]
    const notThai = english.filter((path) => {
      const thai = lookUp(custom.th, path) ?? lookUp(payloadThai.translations as unknown as Words, path)
      return typeof thai !== 'string' || !/[\u0E00-\u0E7F]/.test(thai)
    })
    expect(notThai.map((path) => path.join(':'))).toEqual([])
  })

  it("every one of the project's field validators answers a Thai request in Thai", async () => {
    // Payload's own checks (wrapped around ours) answer from Payload's Thai translations; ours from cms/i18n.
    const t = (key: string) => (key.startsWith('bma:') ? messages.th[key.slice(4) as keyof typeof messages.th] : `(ข้อความของ Payload: ${key})`)
    const thaiRequest = { locale: 'th', payload: { config }, t, i18n: { language: 'th', t } }
    const bad = ['', 'x', 'Sister City', '2026-13-45', 'zz', 'ZZ', 'ftp://x', 'q1', 'restricted', ['not a path']]
    const answers: string[] = []
    const walk = async (fields: Field[], path: string): Promise<void> => {
      for (const field of fields) {
        if ('fields' in field) await walk(field.fields, `${path}.${'name' in field ? field.name : ''}`)
        // Relationship, upload and rich text checks need a running server (tests/cms/ covers those).
        if (['relationship', 'upload', 'richText', 'array', 'group', 'json'].includes(field.type)) continue
        if (!('validate' in field) || typeof field.validate !== 'function' || !('name' in field) || payloadOwn.has(field.name)) continue
        for (const value of bad) {
          const options = { req: thaiRequest, data: { signed: '2030', start: '2030', visibility: 'public' }, siblingData: { signed: '2030', start: '2030' } }
          // Payload's own checks may refuse an impossible value by throwing: those are not ours to word.
          const answer = await Promise.resolve()
            .then(() => (field.validate as (v: unknown, o: unknown) => unknown)(value, { ...options, ...field, required: false }))
            .catch(() => undefined)
          if (typeof answer === 'string') answers.push(`${path}.${field.name} ${JSON.stringify(value)}: ${answer}`)
        }
      }
    }
    for (const collection of ours()) await walk(collection.fields, collection.slug)
    expect(answers.length).toBeGreaterThan(20)
    expect(answers.filter((answer) => !/[\u0E00-\u0E7F]/.test(answer.split(': ').slice(1).join(': ')))).toEqual([])
  })
})
