/** A plain table in the admin's colours: a header row and rows of cells (the import report, the column layout). */
import type { ReactNode } from 'react'

export function ReportTable({ headers, rows }: { headers: string[]; rows: ReactNode[][] }) {
  return (
    <table className="bma-report-table">
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((content, j) => (
              <td key={j}>{content}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
