/** Coordinates as plain text (degrees with hemisphere letters) and a link to OpenStreetMap; no map tiles are embedded. */
export function coordinatesText({ lat, lng }: { lat: number; lng: number }): string {
  return `${Math.abs(lat).toFixed(4)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lng).toFixed(4)}° ${lng >= 0 ? 'E' : 'W'}`
}

export function openStreetMapUrl({ lat, lng }: { lat: number; lng: number }): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=11/${lat}/${lng}`
}
