'use client'
/**
 * Releases the lock a person holds on an entry when they leave its edit view (for another page of the admin, or by
 * closing the tab). Payload keeps the lock of an entry left without unsaved changes for its full duration (five
 * minutes), and takes it again when a change is still on its way to the server as they save: the translator, editor
 * and reviewer who hand an entry to one another would each find it locked by the last one.
 */
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'

/** The collection and id of the entry an admin path shows, if it is an existing entry's edit view (or one of its tabs). */
function entryOf(pathname: string, adminRoute: string): { collection: string; id: string } | undefined {
  const [collection, id] = pathname.startsWith(`${adminRoute}/collections/`) ? pathname.slice(`${adminRoute}/collections/`.length).split('/') : []
  return collection && id && id !== 'create' ? { collection, id } : undefined
}

export function ReleaseLockOnLeave({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const { config } = useConfig()
  const entry = entryOf(usePathname(), config.routes.admin)
  // Only the signed-in person's own lock on this entry: another person's lock is theirs to keep.
  const release =
    user && entry
      ? `${config.serverURL}${config.routes.api}/payload-locked-documents?${new URLSearchParams({
          'where[and][0][document.relationTo][equals]': entry.collection,
          'where[and][1][document.value][equals]': entry.id,
          'where[and][2][user.value][equals]': String(user.id),
        })}`
      : undefined
  useEffect(() => {
    if (!release) return
    // keepalive: the request outlives a closing tab.
    const leave = () => void fetch(release, { method: 'DELETE', credentials: 'include', keepalive: true }).catch(() => {})
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [release])
  return <>{children}</>
}
