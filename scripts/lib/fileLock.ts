/**
 * A lock between processes on one machine, held as a directory (created atomically) with the holder's pid inside: for
 * work that must not run twice at once, such as two test files starting the CMS and both finding it unbuilt. A lock
 * whose holder has died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function withFileLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(dir)
      writeFileSync(join(dir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let holder = 0
      try {
        holder = Number(readFileSync(join(dir, 'pid'), 'utf8'))
      } catch {
        // Being written this instant, or gone: look again.
      }
      if (holder && !alive(holder)) rmSync(dir, { recursive: true, force: true })
      else await new Promise((done) => setTimeout(done, 500))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
