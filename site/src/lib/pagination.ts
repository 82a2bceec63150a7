/** News list page size: small enough to read, large enough to keep page counts low. */
export const pageSize = 12

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

export function pageItems<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize)
}
