/** The state of the latest site deploy, on the admin dashboard. */
import type { Payload } from 'payload'

export async function DeployStatus({ payload }: { payload: Payload }) {
  const { docs } = await payload.find({ collection: 'deploys', sort: '-queuedAt', limit: 1, depth: 0 })
  const latest = docs[0] as { id: number | string; title?: string; state?: string; finishedAt?: string; error?: string } | undefined
  return (
    <section style={{ marginBottom: '2rem' }} aria-label="Public site">
      <h2>Public site</h2>
      {latest ? (
        <p>
          Latest deploy: <a href={`/admin/collections/deploys/${latest.id}`}>{latest.title}</a> — <strong>{latest.state}</strong>
          {latest.finishedAt ? ` (${new Date(latest.finishedAt).toLocaleString('en-GB', { timeZone: 'Asia/Bangkok' })} Bangkok time)` : ''}
          {latest.state === 'failed' && latest.error ? <span>: {latest.error}</span> : null}
        </p>
      ) : (
        <p>No deploy yet: publishing content rebuilds the public site.</p>
      )}
    </section>
  )
}
