import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { repairInvalidDates } from '../repair/invalidDates.ts'

/** Data only: stored dates that are no dates (cms/repair/invalidDates.ts). Nothing to undo. */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await repairInvalidDates({ db, payload })
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
