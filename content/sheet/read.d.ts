import { type CollectionName } from '../schema/index.ts';
import { type SheetProblem } from './problems.ts';
/** One sheet: its header row and its data rows, each cell as text. */
export interface SheetTable {
    /** The file, and the sheet inside a workbook: `agreements.csv`, `intake.xlsx › activities`. */
    sheet: string;
    collection: CollectionName;
    header: string[];
    /** Rows that hold anything, numbered as the spreadsheet program numbers them (the header is row 1). */
    rows: {
        number: number;
        cells: string[];
    }[];
}
export interface ReadResult {
    tables: SheetTable[];
    problems: SheetProblem[];
    /** Sheets passed over, and why (a hidden sheet of lists for drop-downs). */
    notes: string[];
}
/**
 * Reads a spreadsheet. An XLSX workbook is recognised by its content, whatever its name; its sheets are named after
 * the collections they hold. A CSV file holds one collection: `collection`, or the one its file name starts with.
 */
export declare function readSpreadsheet(name: string, bytes: Uint8Array, { collection }?: {
    collection?: CollectionName;
}): Promise<ReadResult>;
