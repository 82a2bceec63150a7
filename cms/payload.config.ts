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
import { Leases } from './collections/Leases.ts'
import { Media } from './collections/Media/index.ts'
import { News } from './collections/News.ts'
import { Organizations } from './collections/Organizations.ts'
import { Units } from './collections/Units.ts'
import { SignInAttempts } from './collections/SignInAttempts.ts'
import { Users } from './collections/Users/index.ts'
import { graphQLValidationRules } from './api/graphQLRules.ts'
import { graphQLMaxComplexity, readLimits } from './api/limits.ts'
import { databaseAdapter } from './database.ts'
import { editor } from './editor/index.ts'
import { deploySiteTask } from './deploy/deploySite.ts'
import { health } from './endpoints/health.ts'
import { importSheetEndpoint } from './endpoints/importSheet.ts'
import { draftsMayOmit } from './fields/validate.ts'
import { adminOrigins } from './http/adminOrigins.ts'
import { customTranslations } from './i18n/messages.ts'
import { logger } from './logger.ts'
import { onInit } from './onInit.ts'
import { emailAdapter } from './reminders/email.ts'
import { agreementRemindersTask } from './reminders/raiseReminders.ts'
import { Reminders } from './reminders/Reminders.ts'
import { payloadSecret } from './secret.ts'
import { objectStoragePlugin } from './storage/objectStorage.ts'
import { withTranslationWorkflow } from './translations/withTranslationWorkflow.ts'

// @payloadcms/storage-s3 and @payloadcms/email-nodemailer have no 3.90.2 release: their 3.90.1 runs on payload 3.90.2
// (package.json overrides give them this payload and @payloadcms/ui, no second copy). Payload's development-time
// version check would refuse that pairing; tests/cms/dependencies.test.ts checks the versions instead.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ? new URL(process.env.CMS_PUBLIC_URL).origin : '',
  // A session cookie counts only on requests from the admin's own origin; no other site may call the API (CORS).
  csrf: adminOrigins(),
  cors: [],
  defaultDepth: readLimits.staff.defaultDepth,
  maxDepth: readLimits.staff.maxDepth,
  graphQL: { maxComplexity: graphQLMaxComplexity, validationRules: graphQLValidationRules, disablePlaygroundInProduction: true },
  admin: {
    user: Users.slug,
    // Gravatar would be a request to another host (and the Content-Security-Policy refuses it).
    avatar: 'default',
    importMap: { baseDir: import.meta.dirname, importMapFile: `${import.meta.dirname}/app/(payload)/admin/importMap.js` },
    meta: { titleSuffix: ' · กองการต่างประเทศ กทม.' },
    components: {
      afterNavLinks: ['/components/NavLinks.tsx#NavLinks'],
      providers: ['/components/AccountLanguage.tsx#AccountLanguage', '/components/ReleaseLockOnLeave.tsx#ReleaseLockOnLeave'],
      views: {
        dashboard: { Component: '/components/dashboard/Overview.tsx#Overview' },
        translations: { Component: '/components/translations/TranslationsView.tsx#TranslationsView', path: '/translations' },
        guide: { Component: '/components/GuideView.tsx#GuideView', path: '/guide' },
        importSheet: { Component: '/components/SheetImport/SheetImportView.tsx#SheetImportView', path: '/import' },
      },
    },
  },
  // Drafts are validated (cms/fields/validate.ts): a draft may leave required values out, never hold malformed ones.
  // The collections of the registry carry the translation workflow (cms/translations/).
  collections: [Glossary, Cities, Organizations, Agreements, Activities, News, Domains, Units, Media, Users, Deploys, Reminders, Leases, SignInAttempts]
    .map((collection) => (collection.versions ? { ...collection, fields: draftsMayOmit(collection.fields) } : collection))
    .map(withTranslationWorkflow),
  endpoints: [health, importSheetEndpoint],
  jobs: {
    tasks: [deploySiteTask, agreementRemindersTask],
    // Jobs run only in the instance holding the job runner lease (cms/deploy/runner.ts), never on a request.
    access: { run: () => false },
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
  editor,
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: Number(process.env.MAX_UPLOAD_BYTES ?? 25_000_000) } },
  typescript: { outputFile: `${import.meta.dirname}/payload-types.ts` },
  plugins: [objectStoragePlugin()],
  logger: logger(),
  telemetry: false,
  onInit,
})
