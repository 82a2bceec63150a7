/**
 * The UN M49 sub-region of a country (Eastern Asia, South-eastern Asia, Western Europe ...), from Unicode CLDR's
 * territory containment; the platform's Intl.DisplayNames names the regions in every language.
 */
import { createRequire } from 'node:module'

interface Containment {
  supplemental: { territoryContainment: Record<string, { _contains?: string[] }> }
}
const containment = (createRequire(import.meta.url)('cldr-core/supplemental/territoryContainment.json') as Containment).supplemental.territoryContainment

const regionOfCountry = new Map<string, string>()
for (const [region, { _contains = [] }] of Object.entries(containment)) {
  // Numeric keys are M49 regions; those that hold countries (two letters) are the sub-regions.
  if (/^\d{3}$/.test(region)) for (const member of _contains) if (/^[A-Z]{2}$/.test(member)) regionOfCountry.set(member, region)
}

/** The sub-region code of an ISO 3166-1 alpha-2 country, or undefined for a code CLDR does not place. */
export const regionOf = (country: string): string | undefined => regionOfCountry.get(country)

/** The countries of a sub-region (for a list filter). */
export const countriesOf = (region: string): string[] => [...regionOfCountry].filter(([, r]) => r === region).map(([country]) => country)
