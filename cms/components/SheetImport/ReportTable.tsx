/** A plain table in the admin's colours: a header row and rows of cells (the import report, the column layout). */
import type { ReactNode } from 'react'

const cell = { padding: '0.35rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'start', verticalAlign: 'top' } as const

export function ReportTable({ headers, rows }: { headers: string[]; rows: ReactNode[][] }) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} style={cell}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((content, j) => (
              <td key={j} style={cell}>
                {content}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
