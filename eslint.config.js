// Lint: typescript-eslint's recommended rules, Astro's, and the one-way dependencies of ARCHITECTURE.md:
// scripts -> cms/site -> content, cms and site never importing each other, content importing neither.
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

const folder = (name) => `./${name}`

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.tools/**',
      '.data/**',
      'dist/**',
      'cms/.next/**',
      'cms/next-env.d.ts',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'cms/migrations/*.json',
      'site/.astro/**',
      'site/.build/**',
      'bench/tmp/**',
      '.tsbuild/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // `as never` switches the types off where they matter most; name the real type (cms/bundle/documents.ts is the seam).
      'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSNeverKeyword', message: 'No `as never`: give the value its real type.' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: folder('content'), from: [folder('cms'), folder('site'), folder('scripts'), folder('tests')], message: 'content/ knows nothing else.' },
            { target: folder('cms'), from: [folder('site'), folder('scripts'), folder('tests')], message: 'cms/ depends on content/ only.' },
            { target: folder('site'), from: [folder('cms'), folder('scripts'), folder('tests')], message: 'site/ depends on content/ only.' },
            { target: folder('scripts'), from: [folder('tests')], message: 'scripts/ never import tests.' },
          ],
        },
      ],
    },
  },
  {
    // Written by `payload migrate:create`: the generated signature names arguments the migration may not use.
    files: ['cms/migrations/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['payload', '@payloadcms/*', 'next', 'next/*', 'astro', 'astro/*', 'astro:*'], message: 'content/ knows nothing else.' }] },
      ],
    },
  },
)
