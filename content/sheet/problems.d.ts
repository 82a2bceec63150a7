/**
 * What is wrong with a spreadsheet, said the way its reader finds it: the sheet, the row and the column (letter and
 * header), and the reason. A spreadsheet is imported whole or not at all, so every problem is listed at once.
 */
export interface SheetProblem {
    /** The file, and the sheet inside a workbook: `agreements.csv`, `intake.xlsx › activities`. */
    sheet: string;
    /** The row as the spreadsheet program numbers it (the header is row 1); none for a problem with the whole sheet. */
    row?: number;
    /** The column's letter (`C`), where the column is in the sheet. */
    column?: string;
    /** The column's header (`title_th`), also for a column the sheet lacks. */
    header?: string;
    reason: string;
}
export declare class SheetError extends Error {
    readonly problems: SheetProblem[];
    constructor(problems: SheetProblem[]);
}
/** `intake.xlsx › agreements, row 4, column C (title_th): is required`. */
export declare function formatSheetProblem({ sheet, row, column, header, reason }: SheetProblem): string;
/** A column's letters as spreadsheet programs name them: 0 is A, 25 is Z, 26 is AA. */
export declare function columnLetter(index: number): string;
