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
import { importSheetEndpoint } from './endpoints/importSheet.ts'
import { onInit } from './onInit.ts'
import { payloadSecret } from './secret.ts'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: import.meta.dirname, importMapFile: `${import.meta.dirname}/app/(payload)/admin/importMap.js` },
    meta: { titleSuffix: ' · BMA International Affairs' },
    components: {
      beforeDashboard: ['/components/DeployStatus.tsx#DeployStatus'],
      views: { importSheet: { Component: '/components/SheetImport/SheetImportView.tsx#SheetImportView', path: '/import' } },
    },
  },
  endpoints: [importSheetEndpoint],
  collections: [Glossary, Cities, Organizations, Agreements, Activities, News, Domains, Units, Media, Users, Deploys],
  jobs: {
    tasks: [deploySiteTask],
    // The job records are bookkeeping; the deploys collection is the history editors read.
    deleteJobOnComplete: true,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeFacts[code].label })),
    defaultLocale,
    fallback: true,
  },
  i18n: { supportedLanguages: { th, en }, fallbackLanguage: 'en' },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: Number(process.env.MAX_UPLOAD_BYTES ?? 25_000_000) } },
  typescript: { outputFile: `${import.meta.dirname}/payload-types.ts` },
  telemetry: false,
  onInit,
})
