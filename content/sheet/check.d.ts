import { type Bundle, type CollectionName, type EntryOf } from '../schema/index.ts';
import type { ReadResult } from './read.ts';
/** What the check needs to know of the CMS the sheet goes into. */
export interface SheetContext {
    /** The entry as the CMS holds it now (as a full backup has it), which a row updates; undefined for a new one. */
    current(collection: CollectionName, slug: string): EntryOf<CollectionName> | undefined;
    /** Whether the CMS holds an entry: references may name entries the sheet does not have. */
    exists(collection: CollectionName, slug: string): boolean;
    /** Whether a media path names a file: in the media folder given with the sheet, or in the CMS's media library. */
    mediaExists(path: string): boolean;
    /** Why the person importing may not write this entry, or undefined. */
    refusal?(collection: CollectionName, slug: string, isNew: boolean): string | undefined;
}
export type RowAction = 'create' | 'update' | 'unchanged';
/** What importing a row does. */
export interface PlannedRow {
    sheet: string;
    row: number;
    collection: CollectionName;
    slug: string;
    action: RowAction;
}
export interface SheetPlan {
    /** The entries the rows make, to import as a bundle is imported. */
    bundle: Bundle;
    rows: PlannedRow[];
    notes: string[];
}
/** Checks every row of every table; returns the entries and what importing them does, or throws a SheetError. */
export declare function checkSheets(read: ReadResult, context: SheetContext): SheetPlan;
