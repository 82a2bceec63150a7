/** Where the CMS keeps its files on the embedded default: everything under .data/ (commands run from the repository root). */
import { resolve } from 'node:path'

export const dataDir = resolve(process.env.DATA_DIR ?? '.data')
export const mediaDir = resolve(dataDir, 'media')
export const sqliteFile = resolve(dataDir, 'cms.db')
