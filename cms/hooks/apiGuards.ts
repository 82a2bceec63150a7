import { refuseWritesWithReadOnlyKey } from '../access/readOnlyApiKeys.ts'
import { ignoreTimestamps } from './ignoreTimestamps.ts'
import { limitReads } from './limitReads.ts'
import { rejectMalformedIds } from './rejectMalformedIds.ts'

/** What every collection open to the API checks first, before its own rules: the request's shape and key. */
export const apiGuards = [rejectMalformedIds, limitReads, refuseWritesWithReadOnlyKey, ignoreTimestamps]
