/** The Next.js configuration of the CMS agrees with the limits the request guard holds bodies to (cms/api/limits.ts). */
import { describe, expect, it, vi } from 'vitest'
import { maxUploadBytes, multipartOverheadBytes } from '../../cms/api/limits.ts'

describe('the CMS’s Next.js configuration', () => {
  it('keeps a megabyte more of a request body than the request guard reads (more than a network chunk), whatever MAX_UPLOAD_BYTES says', async () => {
    for (const limit of [undefined, '40000000']) {
      if (limit === undefined) delete process.env.MAX_UPLOAD_BYTES
      else process.env.MAX_UPLOAD_BYTES = limit
      vi.resetModules()
      const { default: config } = await import('../../cms/next.config.ts')
      expect(config.experimental?.proxyClientMaxBodySize).toBe(maxUploadBytes() + multipartOverheadBytes + 1_000_000)
    }
    delete process.env.MAX_UPLOAD_BYTES
  })
})
