import { type CollectionName, type FieldKind } from '../schema/index.ts';
/** Separates the items of a list written in one cell; a line break inside the cell separates them too. */
export declare const listSeparator = ";";
/** What a cell holds once read: text (also dates, choices, references and Markdown), a number, or TRUE/FALSE. */
export type CellType = 'text' | 'number' | 'boolean';
/** One column, or a family of them: `{lang}` stands for each locale, `{n}` for an item's number (from 1). */
export interface ColumnTemplate {
    /** The header, e.g. `title_{lang}`, `documents.{n}.file`, `partners`. */
    header: string;
    /** Where the cell goes in an entry: keys, `{lang}`, `{n}` (the numbered item) and `*` (each item of a list in one cell). */
    path: string[];
    type: CellType;
    /** The cell holds a list of items. */
    list: boolean;
    /** An ISO date (or date-time): checked for years of the Buddhist era. */
    date: boolean;
    /** The choices of an enumeration. */
    choices?: readonly string[];
    /** The kinds recorded on the field (reference, media, Markdown, staff only). */
    kind: FieldKind;
    /** Whether an entry (an item, for a numbered column) must have it: `yes`, `th` (the Thai column of a localized field), `no`. */
    required: 'yes' | 'th' | 'no';
}
/** A header of a sheet, read by the layout: which template it is and the concrete path it writes. */
export interface Column {
    header: string;
    template: ColumnTemplate;
    /** The path with `{lang}` and `{n}` filled in (`{n}` as the list index, from 0); `*` stays. */
    path: (string | number)[];
}
/** The layout of a collection's sheet, in schema order. */
export declare function columnTemplates(collection: CollectionName): ColumnTemplate[];
/** A header read by the layout, or why it is not a column of the collection. */
export declare function resolveHeader(collection: CollectionName, header: string): Column | {
    problem: string;
};
/** Splits a list cell into its items. */
export declare const splitItems: (cell: string) => string[];
/**
 * The column (and the item, for a list in one cell) that a place in an entry comes from: where a problem found in
 * the entry is reported. A place above a column (a whole localized value, a whole list of records) names its first
 * column, the Thai one of a localized field.
 */
export declare function columnAt(collection: CollectionName, at: readonly PropertyKey[]): {
    header: string;
    item?: number;
};
