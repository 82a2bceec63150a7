/**
 * What one request may ask of the CMS: how deep relations are populated, how many documents a page holds, how deep
 * and complex a GraphQL query may be, and how large and nested a request body may be. Anonymous readers get less
 * than staff: one anonymous request must never be able to occupy the server (README.md, "Limits").
 */
export const readLimits = {
  /** Anonymous readers: relations as ids unless they ask for one level; pages of up to 100 documents. */
  public: { defaultDepth: 0, maxDepth: 1, maxLimit: 100, graphQLDepth: 6 },
  /** Staff: the admin's own reads fit well within these. An unpaged read (`limit=0`) returns ids, not populated relations. */
  staff: { defaultDepth: 2, maxDepth: 3, maxLimit: 1000, graphQLDepth: 8 },
} as const

/** The last page a read may ask for: far past any real list, and small enough that its offset stays a number the database can hold. */
export const maxPage = 1_000_000

/** Payload's GraphQL complexity budget (fields count 1, relations 10). */
export const graphQLMaxComplexity = 300

/** A JSON request body (every write but an upload); an upload's own limit is MAX_UPLOAD_BYTES. */
export const maxJsonBodyBytes = 2_000_000
/** How deeply arrays and objects may nest in a request body: rich text nests a few levels, never hundreds. */
export const maxJsonNesting = 64
/** Room for the form fields around an uploaded file in a multipart body. */
export const multipartOverheadBytes = maxJsonBodyBytes

export const maxUploadBytes = () => Number(process.env.MAX_UPLOAD_BYTES ?? 25_000_000)
