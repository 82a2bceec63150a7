import { defineConfig } from 'vitest/config'

// One runner for unit, integration and browser suites. Suites that start servers or browsers are slow to boot,
// so files run two at a time (this machine has two cores) with generous timeouts.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    reporters: ['default'],
    globalSetup: ['tests/setup/buildCms.ts'],
  },
})
