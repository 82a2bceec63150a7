/**
 * A real S3-compatible server for the tests (the npm `s3rver`): on 127.0.0.1, a free port, files in a temporary
 * folder, one bucket. `env` is what the CMS needs to keep its media there.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { freePort } from '../../scripts/lib/cmsServer.ts'

export interface S3Server {
  endpoint: string
  bucket: string
  env: Record<string, string>
  client: S3Client
  /** Every object key in the bucket, sorted. */
  keys(): Promise<string[]>
  close(): Promise<void>
}

export async function startS3Server(bucket = 'bma-media'): Promise<S3Server> {
  const port = await freePort()
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: mkdtempSync(join(tmpdir(), 'bma-s3-')) })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  // s3rver accepts any signature made with its fixed key pair.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
  await client.send(new CreateBucketCommand({ Bucket: bucket }))
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    client,
    async keys() {
      const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return Contents.map((object) => object.Key!).sort()
    },
    async close() {
      client.destroy()
      await server.close()
    },
  }
}
