import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { resolve } from 'node:path'

const nextConfig: NextConfig = {
  // The repository root holds the one package.json and lockfile; without this Next may guess another workspace root.
  turbopack: { root: resolve(import.meta.dirname, '..') },
  outputFileTracingRoot: resolve(import.meta.dirname, '..'),
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (tsc -b over the project references, before the tests in CI); Next's
  // own pass would check the CMS without the references built and only repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // A quarter less build time (127 -> 95 CPU-seconds measured): nothing reads the server bundle's source maps in
    // production (Next's serverSourceMaps is off, Node runs without --enable-source-maps), and minifying server code
    // only shrinks files on the CMS's own disk. The client code staff download stays minified.
    turbopackSourceMaps: false,
    turbopackMinify: { server: false, client: true },
    // With a proxy (./proxy.ts) Next.js keeps only the first 10 MB of a request body: an upload up to MAX_UPLOAD_BYTES
    // (a media file, a spreadsheet) would reach the route cut short. A megabyte over the request guard's own limit
    // (http/guardRequest.ts, api/limits.ts; Next.js loads this file without its TypeScript imports): Next.js drops the
    // chunk that passes its limit, and a larger body must still reach the guard larger than the guard's, to get 413.
    // tests/unit/nextConfig.test.ts keeps the two together.
    proxyClientMaxBodySize: Number(process.env.MAX_UPLOAD_BYTES ?? 25_000_000) + 2_000_000 + 1_000_000,
  },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
