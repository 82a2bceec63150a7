import type { Payload } from 'payload'
import { jobDue } from './jobDue.ts'
import { databaseLease, withLease } from './lease.ts'
import { deploySettings } from './settings.ts'

export type ChangeAction = 'publish' | 'update' | 'unpublish' | 'delete' | 'media' | 'manual' | 'import'

export interface SiteChange {
  collection: string
  slug?: string
  action: ChangeAction
  /** Who made the change (e-mail), when known. */
  by?: string
}

let lock: Promise<unknown> = Promise.resolve()
const keptChanges = 25

/**
 * Deploy bookkeeping runs one step at a time across every CMS instance on the database (a lease, see lease.ts),
 * so a change is either added to the queued deploy or starts a new one, never lost between a deploy being picked up
 * and its build starting. Within one process the steps queue up here first, so they do not poll each other.
 */
export function withDeployLock<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const lease = databaseLease(payload, 'deploy-bookkeeping', { ttlMs: 30_000 })
  const locked = () => withLease(lease, work, { what: 'the deploy bookkeeping lease' })
  const next = lock.then(locked, locked)
  lock = next.catch(() => undefined)
  return next
}

/** One line naming what a deploy publishes, for the admin list and the Netlify deploy title. */
export function describeChanges(changes: SiteChange[], count = changes.length): string {
  if (changes.length === 0) return 'Deploy'
  const [first] = changes
  const name = first!.slug ? `${first!.collection}/${first!.slug}` : first!.collection
  const more = count > 1 ? ` and ${count - 1} more` : ''
  return `${first!.action[0]!.toUpperCase()}${first!.action.slice(1)} ${name}${more}`
}

/**
 * Adds a change of public content to the queued deploy, or queues a new one. After a quiet spell the first change
 * deploys at once (leading edge); while deploys are recent, a new deploy waits until the changes have been quiet
 * for the window (trailing edge). So a burst of publishes makes at most two builds, and the last contains all.
 * `committed`: the change is already stored (no transaction of the caller is open), so a deploy due now may start at
 * once rather than at the job runner's next poll; a deploy started before the change is committed would miss it.
 */
export function recordChange(payload: Payload, change: SiteChange, { immediate = false, committed = false } = {}): Promise<void> {
  return withDeployLock(payload, async () => {
    const settings = deploySettings()
    // "Deploy now" skips the quiet window: its change counts as long past.
    const now = new Date(Date.now() - (immediate ? settings.quietMs : 0))
    const entry = { ...change, at: now.toISOString() }
    const { docs } = await payload.find({ collection: 'deploys', where: { state: { equals: 'queued' } }, sort: '-queuedAt', limit: 1, depth: 0 })
    const queued = docs[0] as { id: number | string; changes?: SiteChange[]; changeCount?: number; notBefore?: string; queuedAt?: string } | undefined
    const debounced = new Date(now.getTime() + settings.quietMs).toISOString()
    if (queued) {
      // The list keeps the first changes (a burst of hundreds would make every save slower); the count keeps all.
      const count = (queued.changeCount ?? queued.changes?.length ?? 0) + 1
      const changes = count <= keptChanges ? [...(queued.changes ?? []), entry] : queued.changes
      const leading = queued.notBefore === queued.queuedAt
      const data = {
        changeCount: count,
        lastChangeAt: entry.at,
        title: describeChanges(changes ?? [], count),
        ...(changes !== queued.changes && { changes }),
        ...(!leading && { notBefore: debounced }),
      }
      await payload.update({ collection: 'deploys', id: queued.id, depth: 0, data: data })
      return
    }
    const recent = await payload.count({
      collection: 'deploys',
      where: { or: [{ state: { equals: 'building' } }, { startedAt: { greater_than: new Date(Date.now() - settings.quietMs).toISOString() } }] },
    })
    const notBefore = recent.totalDocs > 0 ? debounced : entry.at
    const deploy = await payload.create({
      collection: 'deploys',
      depth: 0,
      data: {
        state: 'queued',
        target: settings.target,
        changes: [entry],
        changeCount: 1,
        lastChangeAt: entry.at,
        queuedAt: entry.at,
        notBefore,
        title: describeChanges([entry]),
      },
    })
    await payload.jobs.queue({ task: 'deploySite', queue: 'deploy', input: { deploy: String(deploy.id) }, waitUntil: new Date(notBefore) })
    if (committed && notBefore === entry.at) jobDue()
  })
}
