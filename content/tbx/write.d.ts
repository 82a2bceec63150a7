/**
 * Writes glossary entries as a TBX-Basic file (DCA style): one `conceptEntry` per term, its domain as `subjectField`,
 * related terms as `crossReference`, sources as `externalCrossReference` (with a URL) or `source`, and one `langSec`
 * per language with the definition and the term, then its aliases as further `termSec`s with their term type;
 * romanizations in language sections of their own (dialect.ts). Deterministic: the same entries give the same bytes.
 */
import type { GlossaryEntry } from '../schema/glossary.ts'
export interface TbxHeader {
  title: string
  /** Publisher, licence and how to cite, one paragraph each. */
  publication: string[]
  /** Where the terms come from and how they are written. */
  source: string[]
}
export declare function glossaryTbx(entries: GlossaryEntry[], header: TbxHeader): string
