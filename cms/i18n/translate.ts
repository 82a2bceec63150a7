/** Our words for a request or a component: Payload's translate function with the `bma` namespace, typed by key. */
import { messages, namespace, type MessageKey } from './messages.ts'

/** What carries a language: a Payload request, its `i18n`, or the client's `useTranslation()`. */
export interface HasTranslate {
  t: (key: never, vars?: Record<string, unknown>) => string
}

export type Language = keyof typeof messages

/** A message in a language named outright (an e-mail in its recipient's language), outside any request. */
export const textIn = (language: Language, key: MessageKey, vars?: Record<string, unknown>): string =>
  messages[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name] ?? ''))

/** The text of a message in the language of `i18n` (a request without one, such as a bare script, gets English). */
export function tr(i18n: HasTranslate | undefined, key: MessageKey, vars?: Record<string, unknown>): string {
  if (!i18n) return textIn('en', key, vars)
  return (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(`${namespace}:${key}`, vars)
}

/** The same, for a request (hooks, validators, endpoints). */
export const reqText = (req: { i18n?: HasTranslate } | undefined, key: MessageKey, vars?: Record<string, unknown>): string => tr(req?.i18n, key, vars)
