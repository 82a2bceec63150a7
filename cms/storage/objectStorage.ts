/**
 * Where media files live: the local upload folder (the embedded default, `mediaDir()`), or an S3-compatible bucket
 * when S3_BUCKET is set, so that every CMS instance and the site build see the same files. Files are always served
 * through the CMS (`/api/media/file/...`), which checks the media collection's read access: the bucket stays
 * private, and an internal document is never reachable by a bucket URL.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

export interface ObjectStorageSettings {
  bucket: string
  endpoint?: string
  region: string
  forcePathStyle: boolean
  prefix?: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** The bucket settings from the environment, or undefined for the local disk. */
export function objectStorageSettings(env = process.env): ObjectStorageSettings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the machine role or AWS_* variables.')
  return {
    bucket,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    // Self-hosted S3 servers (MinIO, Ceph, the test server) address buckets by path, not by host name.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
    prefix: env.S3_PREFIX || undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/**
 * The storage plugin, enabled only with a bucket. Its fields (the object prefix and key) are in the schema either
 * way, so the committed SQLite migrations fit both set-ups.
 */
export function objectStoragePlugin(settings = objectStorageSettings()): Plugin {
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    acl: 'private',
    collections: { media: settings?.prefix ? { prefix: settings.prefix } : true },
    config: {
      endpoint: settings?.endpoint,
      region: settings?.region,
      forcePathStyle: settings?.forcePathStyle,
      credentials: settings?.credentials,
    },
  })
}
