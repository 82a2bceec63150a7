/** What a save does to the public site (cms/hooks/queueDeploy.ts) and how a deploy names its changes (recordChange). */
import { describe, expect, it } from 'vitest'
import { describeChanges } from '../../cms/deploy/recordChange.ts'
import { publicEffect } from '../../cms/hooks/queueDeploy.ts'

const ignored = new Set(['internalNotes', 'updatedAt', 'createdAt', '_status'])
const published = { _status: 'published', slug: 'x', title: 'ชื่อ' }

describe('publicEffect', () => {
  it.each([
    ['a first publish', { ...published }, { ...published, _status: 'draft' }, 'publish'],
    ['an unpublish', { ...published, _status: 'draft' }, published, 'unpublish'],
    ['a public edit', { ...published, title: 'ใหม่' }, published, 'update'],
    ['a staff-only edit', { ...published, internalNotes: 'x', updatedAt: 'later' }, published, undefined],
    ['a draft save', { _status: 'draft', slug: 'x', title: 'ร่าง' }, { _status: 'draft', slug: 'x' }, undefined],
    ['a document made internal', { ...published, visibility: 'office' }, { ...published, visibility: 'public' }, 'unpublish'],
    ['an internal document made public', { ...published, visibility: 'public' }, { ...published, visibility: 'bma' }, 'publish'],
    ['an edit of a document that is not public', { ...published, visibility: 'office', title: 'ใหม่' }, { ...published, visibility: 'office' }, undefined],
  ])('%s', (_, doc, previous, action) => {
    expect(publicEffect(doc, previous, ignored)).toBe(action)
  })
})

describe('describeChanges', () => {
  it('names the first change and counts the others', () => {
    expect(describeChanges([])).toBe('Deploy')
    expect(describeChanges([{ collection: 'glossary', slug: 'sister-city', action: 'publish' }])).toBe('Publish glossary/sister-city')
    const changes = [
      { collection: 'agreements', slug: 'seoul-mou', action: 'update' as const },
      { collection: 'media', action: 'media' as const },
    ]
    expect(describeChanges(changes, 40)).toBe('Update agreements/seoul-mou and 39 more')
  })
})
