/**
 * A horizontal bar chart drawn on the server as SVG (no script), readable without sight: the figure is labelled, every
 * bar names its category and number, and the same numbers follow as a table. Each bar and number links to the list of
 * the entries it counts.
 */
import type { ReactNode } from 'react'

export interface Series {
  key: string
  label: string
  colour: string
}

export interface ChartRow {
  key: string
  label: string
  values: Partial<Record<string, { count: number; href: string }>>
}

export interface ChartWords {
  showTable: string
  category: string
  total: string
  chartOf: string
  noData: string
}

const width = 640
const labelWidth = 210
const barArea = 360
const rowHeight = 26

export function BarChart({
  id,
  title,
  series,
  rows,
  words,
  language,
  limit = 12,
  children,
}: {
  id: string
  title: string
  series: Series[]
  rows: ChartRow[]
  words: ChartWords
  language: string
  limit?: number
  children?: ReactNode
}) {
  const number = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB')
  const total = (row: ChartRow) => series.reduce((sum, s) => sum + (row.values[s.key]?.count ?? 0), 0)
  const shown = rows.slice(0, limit)
  const max = Math.max(1, ...shown.map(total))
  const legend = series.length > 1 ? 22 : 0
  const height = legend + shown.length * rowHeight + 4
  return (
    <figure className="bma-chart" aria-labelledby={`${id}-title`} style={{ margin: 0 }}>
      <figcaption id={`${id}-title`} className="bma-chart__title">
        {title}
      </figcaption>
      {children}
      {rows.length === 0 ? (
        <p>{words.noData}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="bma-chart__svg">
            <desc id={`${id}-desc`}>{words.chartOf}</desc>
            {series.length > 1 &&
              series.map((s, i) => (
                <g key={s.key} transform={`translate(${labelWidth + i * 140}, 4)`}>
                  <rect width="12" height="12" fill={s.colour} />
                  <text x="18" y="11" fontSize="13" fill="currentColor">
                    {s.label}
                  </text>
                </g>
              ))}
            {shown.map((row, i) => {
              const y = legend + i * rowHeight
              let x = labelWidth
              return (
                <g key={row.key}>
                  <text x={labelWidth - 8} y={y + 17} fontSize="13" textAnchor="end" fill="currentColor">
                    {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
                  </text>
                  {series.map((s) => {
                    const value = row.values[s.key]
                    if (!value?.count) return null
                    const w = Math.max(2, (value.count / max) * barArea)
                    const bar = (
                      <a key={s.key} href={value.href}>
                        <rect x={x} y={y + 4} width={w} height={rowHeight - 8} fill={s.colour}>
                          <title>{`${row.label} · ${s.label}: ${number.format(value.count)}`}</title>
                        </rect>
                      </a>
                    )
                    x += w
                    return bar
                  })}
                  <text x={x + 6} y={y + 17} fontSize="13" fill="currentColor">
                    {number.format(total(row))}
                  </text>
                </g>
              )
            })}
          </svg>
          <details className="bma-chart__table">
            <summary>{words.showTable}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{words.category}</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col">
                      {s.label}
                    </th>
                  ))}
                  {series.length > 1 && <th scope="col">{words.total}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {series.map((s) => {
                      const value = row.values[s.key]
                      return <td key={s.key}>{value ? <a href={value.href}>{number.format(value.count)}</a> : number.format(0)}</td>
                    })}
                    {series.length > 1 && <td>{number.format(total(row))}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  )
}
