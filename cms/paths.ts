/**
 * Where the CMS keeps its files on the embedded default: everything under .data/ (commands run from the repository
 * root), or under DATA_DIR. Functions, not constants: the environment is read when the CMS starts, not on import.
 */
import { resolve } from 'node:path'

export const dataDir = () => resolve(process.env.DATA_DIR ?? '.data')
export const mediaDir = () => resolve(dataDir(), 'media')
export const sqliteFile = () => resolve(dataDir(), 'cms.db')
