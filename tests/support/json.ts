/**
 * A JSON answer or document of any shape, read field by field by the test that checks it: the one `any` of the
 * suites, named, so that nowhere else is typing switched off.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any
