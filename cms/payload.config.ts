import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { th } from '@payloadcms/translations/languages/th'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, localeFacts, locales } from '../content/schema/index.ts'
import { Activities } from './collections/Activities.ts'
import { Agreements } from './collections/Agreements.ts'
import { Cities } from './collections/Cities.ts'
import { Deploys } from './collections/Deploys/index.ts'
import { Domains } from './collections/Domains.ts'
import { Glossary } from './collections/Glossary.ts'
import { Media } from './collections/Media/index.ts'
import { News } from './collections/News.ts'
import { Organizations } from './collections/Organizations.ts'
import { Units } from './collections/Units.ts'
import { Users } from './collections/Users/index.ts'
import { databaseAdapter } from './database.ts'
import { deploySiteTask } from './deploy/deploySite.ts'
import { customTranslations } from './i18n/messages.ts'
import { onInit } from './onInit.ts'
import { emailAdapter } from './reminders/email.ts'
import { agreementRemindersTask } from './reminders/raiseReminders.ts'
import { Reminders } from './reminders/Reminders.ts'
import { payloadSecret } from './secret.ts'
import { withTranslationWorkflow } from './translations/withTranslationWorkflow.ts'

// @payloadcms/email-nodemailer has no 3.90.2 release: its 3.90.1 runs on payload 3.90.2 (package.json overrides give it
// this payload, no second copy). Payload's development-time version check would refuse that pairing.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: import.meta.dirname, importMapFile: `${import.meta.dirname}/app/(payload)/admin/importMap.js` },
    meta: { titleSuffix: ' · กองการต่างประเทศ กทม.' },
    // Payload's default avatar is a Gravatar image from another host: the admin loads nothing from elsewhere.
    avatar: 'default',
    components: {
      afterNavLinks: ['/components/NavLinks.tsx#NavLinks'],
      providers: ['/components/AccountLanguage.tsx#AccountLanguage'],
      views: {
        dashboard: { Component: '/components/dashboard/Overview.tsx#Overview' },
        translations: { Component: '/components/translations/TranslationsView.tsx#TranslationsView', path: '/translations' },
        guide: { Component: '/components/GuideView.tsx#GuideView', path: '/guide' },
      },
    },
  },
  collections: [Glossary, Cities, Organizations, Agreements, Activities, News, Domains, Units, Media, Users, Deploys, Reminders].map(withTranslationWorkflow),
  jobs: {
    tasks: [deploySiteTask, agreementRemindersTask],
    // The job records are bookkeeping; the deploys collection is the history editors read.
    deleteJobOnComplete: true,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeFacts[code].label })),
    defaultLocale,
    fallback: true,
  },
  // Thai first: a browser that asks for neither language, and every new account (users' `language`), get Thai.
  i18n: { supportedLanguages: { th, en }, fallbackLanguage: 'th', translations: customTranslations },
  email: emailAdapter(),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: Number(process.env.MAX_UPLOAD_BYTES ?? 25_000_000) } },
  typescript: { outputFile: `${import.meta.dirname}/payload-types.ts` },
  telemetry: false,
  onInit,
})
