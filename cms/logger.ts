/**
 * Logs: one JSON object per line on standard output in production (pino, Payload's logger), for the log collector
 * of the data centre; readable coloured lines in development. LOG_LEVEL sets the level (default info).
 */
import type { Config } from 'payload'

export function logger(env = process.env): Config['logger'] {
  if (env.NODE_ENV !== 'production' && env.LOG_FORMAT !== 'json') return undefined
  return {
    options: {
      level: env.LOG_LEVEL ?? 'info',
      base: { service: 'bma-cms' },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
    },
  }
}
