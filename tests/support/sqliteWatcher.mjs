// Reads a CMS's SQLite file from a process of its own, as fast as it can, until the file named second exists; then
// prints the fewest locale rows it saw for the glossary entry named third, the most glossary rows it saw with no
// locale row at all, and how many times it read. (Another process, as a backup or a deploy's export reads it.)
import { existsSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'

const [file, stopFile, parent] = process.argv.slice(2)
const db = new DatabaseSync(file, { readOnly: true })
const localeRows = db.prepare('SELECT count(*) AS n FROM glossary_locales WHERE _parent_id = ?')
const bare = db.prepare('SELECT count(*) AS n FROM glossary g WHERE NOT EXISTS (SELECT 1 FROM glossary_locales l WHERE l._parent_id = g.id)')
let fewest = Infinity
let bareSeen = 0
let reads = 0
while (reads % 50 !== 0 || !existsSync(stopFile)) {
  fewest = Math.min(fewest, Number(localeRows.get(Number(parent)).n))
  bareSeen = Math.max(bareSeen, Number(bare.get().n))
  reads++
}
db.close()
process.stdout.write(JSON.stringify({ fewest, bareSeen, reads }))
