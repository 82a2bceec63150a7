/** Processes still running with this data folder in their environment: whatever a start or a stop left behind. */
import { readdirSync, readFileSync } from 'node:fs'

export function processesUsing(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`DATA_DIR=${dataDir}`)
      } catch {
        return false
      }
    })
    .map(Number)
}
