/**
 * The bundle as Astro collections: the built-in glob() loader over each collection's JSON files, validated with
 * the schemas of content/schema.ts (the one definition of the content; nothing is restated here).
 */
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { join } from 'node:path'
import { schemas } from '../../content/schema.ts'
import { contentDir } from './lib/contentDir.ts'

const dir = contentDir()
const fromBundle = <C extends keyof typeof schemas>(name: C) =>
  defineCollection({ loader: glob({ pattern: '*.json', base: join(dir, name) }), schema: schemas[name] })

export const collections = {
  glossary: fromBundle('glossary'),
  cities: fromBundle('cities'),
  news: fromBundle('news'),
}
