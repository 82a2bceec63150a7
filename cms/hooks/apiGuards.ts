import { refuseWritesWithReadOnlyKey } from '../access/readOnlyApiKeys.ts'
import { ignoreTimestamps } from './ignoreTimestamps.ts'
import { limitReads } from './limitReads.ts'
import { rejectMalformedIds } from './rejectMalformedIds.ts'
import { rejectMalformedInput } from './rejectMalformedInput.ts'
import { rejectMissingReferences } from './rejectMissingReferences.ts'

/** What every collection open to the API checks first, before its own rules: the request's shape and key, and that what it refers to exists. */
export const apiGuards = [rejectMalformedIds, rejectMalformedInput, limitReads, refuseWritesWithReadOnlyKey, ignoreTimestamps, rejectMissingReferences]
