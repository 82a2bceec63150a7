/** Drops null, undefined, empty strings, empty lists and empty objects, so an entry (exported or read from a spreadsheet) holds only what was said. */
export function clean<T>(value: T): T | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((item) => item !== undefined)
    return (items.length > 0 ? items : undefined) as T | undefined
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const cleaned = clean(item)
      return cleaned === undefined ? [] : [[key, cleaned] as const]
    })
    return (entries.length > 0 ? Object.fromEntries(entries) : undefined) as T | undefined
  }
  return value
}
