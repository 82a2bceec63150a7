/**
 * What the open data say about themselves beyond the content: the licence (`OPEN_DATA_LICENSE`, an SPDX id, default
 * CC BY 4.0), the contact e-mail (`OPEN_DATA_CONTACT_EMAIL`, optional) and the site's origin (`SITE_URL`).
 */

export interface Licence {
  /** SPDX identifier. */
  id: string
  title: string
  url: string
}

/** The licences open government data commonly use; an unknown id fails the build rather than publishing under a guess. */
export const licences: Licence[] = [
  { id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { id: 'CC-BY-SA-4.0', title: 'Creative Commons Attribution-ShareAlike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  { id: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  { id: 'ODC-By-1.0', title: 'Open Data Commons Attribution License v1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
  { id: 'ODbL-1.0', title: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  { id: 'PDDL-1.0', title: 'Open Data Commons Public Domain Dedication and License v1.0', url: 'https://opendatacommons.org/licenses/pddl/1-0/' },
]

/** A setting the open data cannot be published with. */
export class SettingsError extends Error {}

export interface OpenDataSettings {
  licence: Licence
  site: string
  contactEmail?: string
}

export function openDataSettings(env: Record<string, string | undefined> = process.env): OpenDataSettings {
  const id = env.OPEN_DATA_LICENSE || 'CC-BY-4.0'
  const licence = licences.find((l) => l.id.toLowerCase() === id.toLowerCase())
  if (!licence) throw new SettingsError(`OPEN_DATA_LICENSE="${id}" is not a licence the open data know: use one of ${licences.map((l) => l.id).join(', ')}`)
  const contactEmail = env.OPEN_DATA_CONTACT_EMAIL || undefined
  if (contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail))
    throw new SettingsError(`OPEN_DATA_CONTACT_EMAIL="${contactEmail}" is not an e-mail address`)
  return { licence, site: env.SITE_URL ?? 'https://international.bangkok.go.th', contactEmail }
}
