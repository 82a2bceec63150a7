/**
 * The CSV files opened for real in LibreOffice Calc (Debian's `libreoffice-calc`, headless): with UTF-8 chosen as its
 * Text Import dialog offers, every cell reads back exactly — Thai, Chinese, Japanese and Korean, the byte order mark
 * dropped — and no cell becomes a formula, while the same files without the neutralising apostrophe do run formulas.
 * Skipped, and said so, where LibreOffice is not installed. Excel cannot run here: it reads a CSV as UTF-8 only when
 * the file starts with a byte order mark (Microsoft's documented behaviour), which every file does (csv.test in open-data).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { readBundle } from '../../content/bundle.ts'
import { parseCsv } from '../../site/src/lib/openData/csv.ts'
import { openDataFiles } from '../../site/src/lib/openData/files.ts'
import { openDataSettings } from '../../site/src/lib/openData/settings.ts'
import { publicContent } from '../../site/src/lib/publicContent.ts'
import { repo, tempDir } from '../support/site.ts'

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync)
if (!soffice) console.warn('LibreOffice is not installed (apt-get install -y libreoffice-calc): the spreadsheet tests are skipped')

const run = promisify(execFile)
const { dir, cleanup } = await tempDir('bma-spreadsheet-')
afterAll(() => cleanup())

/** Opens CSV files as UTF-8 (filter options 44,34,76: comma, double quote, UTF-8), saves them as ODS, and back as UTF-8 CSV. */
async function throughCalc(files: string[], folder: string): Promise<{ csv: (name: string) => Promise<string>; ods: (name: string) => Promise<string> }> {
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
  const options = { cwd: folder, timeout: 600_000 }
  await run(soffice!, [profile, '--headless', '--norestore', '--infilter=CSV:44,34,76,1', '--convert-to', 'ods', '--outdir', 'ods', ...files], options)
  const odsFiles = files.map((f) => join('ods', f.replace(/\.csv$/, '.ods')))
  await run(
    soffice!,
    [
      profile,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false',
      '--outdir',
      'back',
      ...odsFiles,
    ],
    options,
  )
  const unzip = async (name: string) =>
    (await run('unzip', ['-p', join(folder, 'ods', name.replace(/\.csv$/, '.ods')), 'content.xml'], { maxBuffer: 64 << 20 })).stdout
  return { csv: (name) => readFile(join(folder, 'back', name), 'utf8'), ods: unzip }
}

const files = openDataFiles(publicContent(await readBundle(join(repo, 'tests/fixtures/open-data-bundle'))), openDataSettings({})).filter(
  (f) => f.format === 'csv',
)

describe.skipIf(!soffice)('CSV in LibreOffice Calc', () => {
  it('reads every cell back exactly, with no formula', async () => {
    const folder = join(dir, 'as-published')
    await mkdir(folder, { recursive: true })
    for (const file of files) await writeFile(join(folder, file.name), file.body)
    const calc = await throughCalc(
      files.map((f) => f.name),
      folder,
    )
    for (const file of files) {
      // A line break inside a cell is one line feed in a spreadsheet: a CR LF there comes back as LF.
      const cells = (text: string) => parseCsv(text).map((row) => row.map((cell) => cell.replace(/\r\n/g, '\n')))
      expect(cells(await calc.csv(file.name)), file.name).toEqual(cells(file.body))
      expect(await calc.ods(file.name), file.name).not.toContain('table:formula')
    }
    expect(await calc.csv('glossary.csv')).toContain('เมืองพี่เมืองน้อง,Sister city,姐妹城市,姉妹都市,자매도시')
  }, 900_000)

  it('would run formulas from the same cells without the neutralising apostrophe', async () => {
    const folder = join(dir, 'unneutralised')
    await mkdir(folder, { recursive: true })
    const glossary = files.find((f) => f.name === 'glossary.csv')!
    await writeFile(join(folder, 'glossary.csv'), glossary.body.replace(/(^|,)("?)'(?=[=+\-@])/gm, '$1$2'))
    const calc = await throughCalc(['glossary.csv'], folder)
    expect(await calc.ods('glossary.csv')).toContain('table:formula="of:=HYPERLINK(')
  }, 900_000)
})
