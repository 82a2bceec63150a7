/**
 * A job queued to run now (a publish's deploy on the leading edge) starts at once instead of at the job runner's next
 * poll, up to a poll interval later. The runner of this process listens (runner.ts); in a process whose runner is not
 * running, or does not hold the lease, nothing happens here and the lease holder picks the job up at its next poll.
 */
let listener: (() => void) | undefined

/** Says that a job is due now. */
export function jobDue(): void {
  listener?.()
}

/** Makes `run` the one listener; the function returned removes it. */
export function onJobDue(run: () => void): () => void {
  listener = run
  return () => {
    if (listener === run) listener = undefined
  }
}
