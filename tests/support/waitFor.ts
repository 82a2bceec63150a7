/** Polls until the check returns a truthy value, or fails with the message after the timeout. */
export async function waitFor<T>(check: () => Promise<T> | T, { timeout = 30_000, interval = 100, message = 'condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${message}`)
    await new Promise((done) => setTimeout(done, interval))
  }
}
