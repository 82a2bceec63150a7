/**
 * Merges a TBX-Basic file into the CMS's glossary (content/tbx/merge.ts): the glossary as it is (drafts and staff
 * fields included) and its domains are read as bundle entries, the file is merged into them, and the terms it changes
 * are written by the bundle import in one transaction. A file with any problem is refused whole, every problem listed
 * with its line and element; nothing is written.
 */
import { stat, readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Payload } from 'payload'
import { emptyBundle } from '../../content/bundle.ts'
import type { CollectionName } from '../../content/schema/index.ts'
import { mergeTbx } from '../../content/tbx/merge.ts'
import { maxTbxBytes, readTbx, type TbxProblem } from '../../content/tbx/read.ts'
import { exportRefs } from './exportBundle.ts'
import { importEntries, type ImportSummary } from './importBundle.ts'
import { docToEntry } from './mapping.ts'
import { readDocs } from './readDocs.ts'
import { richTextConverter } from './richText.ts'
import type { Doc } from './documents.ts'

export class TbxError extends Error {
  readonly file: string
  readonly problems: TbxProblem[]
  constructor(file: string, problems: TbxProblem[]) {
    super(
      `${file} was not imported (${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was changed):\n${problems
        .map(({ line, element, reason }) => `${file}:${line}: ${element ? `${element} ` : ''}${reason}`)
        .join('\n')}`,
    )
    this.name = 'TbxError'
    this.file = file
    this.problems = problems
  }
}

export interface TbxImportSummary extends ImportSummary {
  concepts: number
  /** Slugs of the terms the file created and changed. */
  createdTerms: string[]
  updatedTerms: string[]
}

/** The size limit, as a problem: checked before a file or request body is read. */
export const tooLarge = (bytes: number): TbxProblem | undefined =>
  bytes > maxTbxBytes() ? { line: 1, element: '', reason: `is ${bytes} bytes, more than the ${maxTbxBytes()} a TBX import accepts (MAX_TBX_BYTES)` } : undefined

export async function importTbxFile(payload: Payload, path: string): Promise<TbxImportSummary> {
  const large = tooLarge((await stat(path)).size)
  if (large) throw new TbxError(basename(path), [large])
  return importTbx(payload, await readFile(path, 'utf8'), basename(path))
}

export async function importTbx(payload: Payload, xml: string, label: string): Promise<TbxImportSummary> {
  const large = tooLarge(Buffer.byteLength(xml))
  if (large) throw new TbxError(label, [large])
  const { concepts, problems } = readTbx(xml)
  if (problems.length > 0) throw new TbxError(label, problems)

  const richText = await richTextConverter(payload.config)
  const read = async (collection: CollectionName) => readDocs(payload, collection, { staff: true })
  const docs = new Map<CollectionName, Doc[]>([
    ['glossary', await read('glossary')],
    ['domains', await read('domains')],
  ])
  const exported = new Map([...docs].map(([c, list]) => [c, new Set(list.map((d) => String(d.slug)))]))
  const refs = exportRefs(richText, exported, new Map())
  const current = emptyBundle()
  current.glossary = docs.get('glossary')!.map((doc) => docToEntry('glossary', doc, refs))
  current.domains = docs.get('domains')!.map((doc) => docToEntry('domains', doc, refs))

  const merged = mergeTbx(concepts, current.glossary, current.domains)
  if (merged.problems.length > 0) throw new TbxError(label, merged.problems)
  const summary = await importEntries(
    payload,
    { ...current, glossary: merged.glossary },
    { label, where: (collection, slug) => `${label}: ${collection}/${slug}` },
  )
  return { ...summary, concepts: concepts.length, createdTerms: merged.created, updatedTerms: merged.updated }
}
