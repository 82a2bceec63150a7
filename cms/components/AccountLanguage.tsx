'use client'
/**
 * Keeps the admin in the language of the signed-in account (`language` on the user, Thai for new accounts): after
 * signing in, or after changing it on the account page, the admin switches without waiting for a reload.
 */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

export function AccountLanguage({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage } = useTranslation()
  const wanted = (user as { language?: 'th' | 'en' | null } | null)?.language ?? (user ? 'th' : undefined)
  useEffect(() => {
    if (wanted && wanted !== i18n.language && switchLanguage) void switchLanguage(wanted)
  }, [wanted, i18n.language, switchLanguage])
  return <>{children}</>
}
