import type { GroupField } from 'payload'
import { editorField } from '../access/index.ts'

/** A place on the map (WGS 84 degrees): language-neutral, changed by editors. */
export const coordinatesField: GroupField = {
  name: 'coordinates',
  label: { th: 'พิกัดบนแผนที่', en: 'Coordinates' },
  type: 'group',
  access: { update: editorField },
  admin: { description: { th: 'องศาทศนิยม เช่น ละติจูด 13.75 ลองจิจูด 100.5 (กรุงเทพฯ)', en: 'Decimal degrees, e.g. latitude 13.75, longitude 100.5 (Bangkok).' } },
  fields: [
    { name: 'lat', label: { th: 'ละติจูด', en: 'Latitude' }, type: 'number', min: -90, max: 90 },
    { name: 'lng', label: { th: 'ลองจิจูด', en: 'Longitude' }, type: 'number', min: -180, max: 180 },
  ],
}
