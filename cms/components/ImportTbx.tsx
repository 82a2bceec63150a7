'use client'
/** "Import TBX" above the glossary list: editors merge a terminologist's TBX-Basic file; problems are listed by line. */
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { tr } from '../i18n/translate.ts'

interface Problem {
  line: number
  element: string
  reason: string
}

export function ImportTbx() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [message, setMessage] = useState('')
  const [problems, setProblems] = useState<Problem[]>([])
  const role = (user as { role?: string } | null)?.role
  if (role !== 'admin' && role !== 'editor') return null
  const upload = async () => {
    if (!file) return
    setMessage('…')
    const form = new FormData()
    form.append('file', file)
    const response = await fetch('/api/glossary/import-tbx', { method: 'POST', credentials: 'include', body: form })
    const body = (await response.json()) as { message?: string; errors?: (Problem | { message: string })[] }
    setMessage(body.message ?? body.errors?.map((e) => ('message' in e ? e.message : e.reason)).join(' ') ?? String(response.status))
    setProblems((body.errors ?? []).filter((e): e is Problem => 'line' in e))
    if (response.ok) router.refresh()
  }
  return (
    <div style={{ marginBottom: '1rem' }}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor="import-tbx-file">{tr(i18n, 'tbxFile')}</label>
        <input id="import-tbx-file" type="file" accept=".tbx,.xml,application/xml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <Button buttonStyle="secondary" onClick={upload} disabled={!file}>
          {tr(i18n, 'importTbx')}
        </Button>
      </div>
      <p role="status">{message}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{tr(i18n, 'tbxProblemAt', { line: p.line, element: p.element, reason: p.reason })}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
