/**
 * How large a spreadsheet may be. Well beyond the office's years of agreements and activities, and small enough that
 * a hostile file (a zip bomb, 100,000 columns) is refused before it costs the CMS its memory.
 */
export declare const sheetLimits: {
    /** The file as uploaded. */
    readonly bytes: 20000000;
    /** An XLSX workbook unzipped (every part together): a zip bomb stops here. */
    readonly unzippedBytes: 100000000;
    /** Parts inside an XLSX workbook. */
    readonly zipEntries: 1000;
    /** Data rows of one sheet. */
    readonly rows: 10000;
    /** Columns of one sheet. */
    readonly columns: 1000;
    /** Characters in one cell: what a cell of Excel holds. */
    readonly cellCharacters: 32767;
};
