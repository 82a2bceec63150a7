/** The list-view component that links a collection's list to the spreadsheet import page. */
import type { CustomComponent } from 'payload'

export const importSheetLink = (collection: string): CustomComponent => ({
  path: '/components/SheetImport/ImportSheetLink.tsx#ImportSheetLink',
  clientProps: { collection },
})
