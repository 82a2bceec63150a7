/**
 * The world map of Bangkok's partners, drawn at build time: Natural Earth's land (world-atlas TopoJSON) in the Equal
 * Earth projection (d3-geo), as SVG path data. The land and projection are made once per build; each page only
 * places its markers and the arcs from Bangkok. No tiles, no script, nothing from another host.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo'
import type { MultiPolygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

export interface LngLat {
  lat: number
  lng: number
}

/** Bangkok City Hall, where every arc starts. */
export const bangkok: LngLat = { lat: 13.7525, lng: 100.4942 }
const width = 1000
/** The latitudes shown: Antarctica and the high Arctic add nothing to a map of partner cities. */
const north = 78
const south = -56

interface WorldMap {
  projection: GeoProjection
  land: string
  viewBox: string
  height: number
}

let made: WorldMap | undefined

/** The projection, the land's path and the view box, made on first use. */
export function worldMap(): WorldMap {
  if (made) return made
  const require = createRequire(import.meta.url)
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8')) as Topology<{ land: GeometryCollection }>
  const land = feature(topology, topology.objects.land)
  const polygons = land.features.flatMap((f) =>
    f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [],
  )
  const shown: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons.filter((rings) => rings[0]!.some(([, lat]) => lat! > south)) }
  const projection = geoEqualEarth().rotate([-20, 0]).fitWidth(width, { type: 'Sphere' })
  const path = geoPath(projection).digits(0)
  const top = projection([-20, north])![1]
  const bottom = projection([-20, south])![1]
  made = {
    projection,
    land: path(shown) ?? '',
    viewBox: `0 ${Math.round(top)} ${width} ${Math.round(bottom - top)}`,
    height: Math.round(bottom - top),
  }
  return made
}

/** Where a place falls on the map, in the view box's units. */
export function place({ lat, lng }: LngLat): [number, number] {
  const [x, y] = worldMap().projection([lng, lat]) ?? [0, 0]
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
}

/** The great-circle arc from Bangkok to a place, as path data. */
export function arcFromBangkok({ lat, lng }: LngLat): string {
  return (
    geoPath(worldMap().projection).digits(0)({
      type: 'LineString',
      coordinates: [
        [bangkok.lng, bangkok.lat],
        [lng, lat],
      ],
    }) ?? ''
  )
}
