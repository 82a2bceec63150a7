'use client'
/** "Deploy now" above the deploys list: admins rebuild the public site on demand. */
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { tr } from '../i18n/translate.ts'

export function DeployNowButton() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [message, setMessage] = useState('')
  if ((user as { role?: string } | null)?.role !== 'admin') return null
  const deploy = async () => {
    const response = await fetch('/api/deploys/now', { method: 'POST', credentials: 'include' })
    const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
    setMessage(body.message ?? body.errors?.[0]?.message ?? String(response.status))
    router.refresh()
  }
  return (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginBottom: '1rem' }}>
      <Button buttonStyle="primary" onClick={deploy}>
        {tr(i18n, 'deployNow')}
      </Button>
      <span role="status">{message}</span>
    </div>
  )
}
