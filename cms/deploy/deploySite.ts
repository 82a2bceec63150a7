import type { Payload, TaskConfig } from 'payload'
import { callBuildHook } from './netlifyHook.ts'
import { rebuildLocalSite } from './localSite.ts'
import { describeChanges, withDeployLock, type SiteChange } from './recordChange.ts'
import { deploySettings } from './settings.ts'

interface Deploy {
  id: number | string
  state: string
  notBefore?: string
  changes?: SiteChange[]
  changeCount?: number
}

/**
 * The deploy job: when its time has come (see recordChange), build the site (locally) or call the Netlify build
 * hook, and record the outcome. Changes arriving meanwhile queue the next deploy.
 */
export const deploySiteTask: TaskConfig = {
  slug: 'deploySite',
  label: 'Deploy the public site',
  inputSchema: [{ name: 'deploy', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await deploy(req.payload, String((input as { deploy: string }).deploy))
    return { output: {} }
  },
}

export async function deploy(payload: Payload, id: string): Promise<void> {
  const settings = deploySettings()
  const picked = await withDeployLock(payload, async () => {
    const record = (await payload.findByID({ collection: 'deploys', id, depth: 0 })) as unknown as Deploy
    if (record.state !== 'queued') return undefined
    const due = Date.parse(record.notBefore ?? '')
    if (due > Date.now()) {
      // Changes kept coming: wait until they have been quiet for the window.
      await payload.jobs.queue({ task: 'deploySite', queue: 'deploy', input: { deploy: id }, waitUntil: new Date(due) })
      return undefined
    }
    return (await payload.update({
      collection: 'deploys',
      id,
      depth: 0,
      data: { state: 'building', startedAt: new Date().toISOString() },
    })) as unknown as Deploy
  })
  if (!picked) return

  const started = Date.now()
  const finish = (data: Record<string, unknown>) =>
    payload.update({ collection: 'deploys', id, depth: 0, data: { ...data, finishedAt: new Date().toISOString(), durationMs: Date.now() - started } })
  try {
    if (settings.target === 'netlify') {
      const { attempts } = await callBuildHook(settings.hookUrl!, describeChanges(picked.changes ?? [], picked.changeCount), {
        attempts: settings.retryAttempts,
        delayMs: settings.retryDelayMs,
      })
      await finish({ state: 'live', attempts })
    } else {
      await rebuildLocalSite(payload)
      await finish({ state: 'live', attempts: 1 })
    }
    payload.logger.info(`Deploy ${id} is live (${Date.now() - started} ms).`)
  } catch (error) {
    await finish({ state: 'failed', error: (error as Error).message })
    payload.logger.error(`Deploy ${id} failed: ${(error as Error).message}`)
  }
}
