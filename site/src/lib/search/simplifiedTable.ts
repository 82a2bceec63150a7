/** OpenCC's Traditional → Simplified character table (build side only; see simplified.ts). */
// @ts-expect-error: opencc-js ships no types for its dictionary files
import table from 'opencc-js/dict/TSCharacters'
import { useSimplifiedTable } from './simplified.ts'

export const simplifiedTable: string = table

useSimplifiedTable(simplifiedTable)
