import { expect } from 'vitest'

/** Awaits an operation that must fail and returns everything its error says (message and field errors). */
export async function rejection(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, 'the operation should have been refused').toBeDefined()
  return JSON.stringify({ message: (error as Error).message, data: (error as { data?: unknown }).data })
}
