/** The generated part of content/README.md's spreadsheet section: between two markers, replaced whole. */
const start = '<!-- sheet-layout:start -->'
const end = '<!-- sheet-layout:end -->'

/** The README with the tables between the markers. */
export function withLayoutTables(readme: string, tables: string): string {
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`content/README.md has no ${start} ... ${end} section`)
  return `${readme.slice(0, from + start.length)}\n\n${tables}\n\n${readme.slice(to)}`
}
