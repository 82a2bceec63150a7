/**
 * Whether a message meant for Thai staff still reads as English: it has no Thai, or English words outside what
 * stays as typed (quoted values, file and column names, codes such as slug, CSV, XLSX, UTF-8).
 */
const englishWords = /\b(is|are|must|the|of|an?|and|or|not|has|holds|names|which|column|row|sheet|file|save|refers|required|split)\b/i

export function untranslated(message: string): boolean {
  if (!/[\u0E00-\u0E7F]/.test(message)) return true
  // A library's own words about a damaged file are kept, marked as technical detail.
  const prose = message
    .replace(/\(รายละเอียดทางเทคนิค: .*\)$/s, '')
    .replace(/"[^"]*"/g, '')
    // Names and codes: documents.1.file, letter-of-intent, #N/A, {collection}/{slug}.
    .replace(/\S*[./_#{}-]\S*/g, '')
  return englishWords.test(prose)
}
