import type { GroupField } from 'payload'
import { editorField } from '../access/index.ts'

/** A place on the map (WGS 84 degrees): language-neutral, changed by editors. */
export const coordinatesField: GroupField = {
  name: 'coordinates',
  type: 'group',
  access: { update: editorField },
  fields: [
    { name: 'lat', type: 'number', min: -90, max: 90 },
    { name: 'lng', type: 'number', min: -180, max: 180 },
  ],
}
