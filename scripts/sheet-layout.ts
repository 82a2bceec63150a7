/** `npm run content:sheet-layout`: writes the generated column tables of every collection's sheet into content/README.md. */
import { readFile, writeFile } from 'node:fs/promises'
import { layoutTables } from '../content/sheet/layoutTable.ts'
import { withLayoutTables } from './lib/sheetLayoutReadme.ts'

const readme = 'content/README.md'
await writeFile(readme, withLayoutTables(await readFile(readme, 'utf8'), layoutTables()))
console.log(`${readme}: column tables written.`)
