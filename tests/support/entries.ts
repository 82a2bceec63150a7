/** The least a city needs to be saved and published: test data for suites that only need a partner to point at. */
import { paragraph } from '../../cms/bundle/richText.ts'

export const thaiCity = (slug: string) => ({
  slug,
  name: 'เมือง',
  country: 'JP',
  relationship: 'sister-city' as const,
  summary: 'สรุป',
  body: paragraph('เนื้อหา'),
})
