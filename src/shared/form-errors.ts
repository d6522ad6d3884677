import type { FormInstance } from 'antd'
import type { ApiError } from './api-client.ts'

type NamePath = Array<string | number>

/** `tags.0.tagKey` (the server's field path) → `['tags', 0, 'tagKey']` (an antd name path). */
export function toNamePath(fieldPath: string): NamePath {
  return fieldPath.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

const sameName = (a: NamePath, b: NamePath) => a.length === b.length && a.every((part, i) => part === b[i])

/**
 * Shows each `ApiError.fields` entry on the form field it names.
 * Returns the entries no field on the form could show, for the caller to show elsewhere.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: ApiError,
  translate: (message: string) => string = (m) => m,
): Record<string, string> {
  const registered = form.getFieldsError().map((field) => field.name as NamePath)
  const shown: Array<{ name: NamePath; errors: string[] }> = []
  const leftOver: Record<string, string> = {}
  for (const [path, message] of Object.entries(error.fields)) {
    const name = toNamePath(path)
    if (registered.some((field) => sameName(field, name))) shown.push({ name, errors: [translate(message)] })
    else leftOver[path] = message
  }
  form.setFields(shown)
  return leftOver
}
