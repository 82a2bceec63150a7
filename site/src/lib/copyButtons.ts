/** Copy buttons of the partner link kit: shown only where script runs; each copies its field and says so. */
export function enableCopyButtons(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]')
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | HTMLTextAreaElement | null
    if (!field || !navigator.clipboard) continue
    button.hidden = false
    button.addEventListener('click', () => {
      field.select()
      void navigator.clipboard.writeText(field.value).then(() => {
        if (status) status.textContent = status.dataset.copied ?? ''
      })
    })
  }
}
