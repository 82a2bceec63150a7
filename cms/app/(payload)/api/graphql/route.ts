import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardRequest } from '../../../../http/guardRequest.ts'
import { forgetAfterWrites } from '../../../../http/publicReads.ts'

export const POST = guardRequest(forgetAfterWrites(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
