import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { guardRequest } from '../../../../http/guardRequest.ts'
import { cachePublicReads, forgetAfterWrites } from '../../../../http/publicReads.ts'

export const GET = guardRequest(cachePublicReads(REST_GET(config)))
export const POST = guardRequest(forgetAfterWrites(REST_POST(config)))
export const DELETE = guardRequest(forgetAfterWrites(REST_DELETE(config)))
export const PATCH = guardRequest(forgetAfterWrites(REST_PATCH(config)))
export const PUT = guardRequest(forgetAfterWrites(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
