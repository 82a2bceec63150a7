/**
 * E-mail through Payload's nodemailer adapter, when SMTP is configured (README, "Configuration"): SMTP_HOST and
 * optionally SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, EMAIL_FROM, EMAIL_FROM_NAME. Without SMTP_HOST the
 * CMS sends no e-mail (reminders still show on the dashboard).
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

export const emailConfigured = (env = process.env): boolean => Boolean(env.SMTP_HOST)

export function emailAdapter(env = process.env) {
  if (!emailConfigured(env)) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM ?? 'cms@localhost',
    defaultFromName: env.EMAIL_FROM_NAME ?? 'BMA International Affairs CMS',
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      ...(env.SMTP_USER && { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } }),
    },
  })
}
