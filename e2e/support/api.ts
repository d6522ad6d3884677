import { readFileSync } from 'node:fs'
import { e2ePort } from './ferry-server.ts'
import { apiTokenFile } from './paths.ts'

export const apiBase = `http://127.0.0.1:${e2ePort}/v2`

/** A call to Ferry's API as the e2e administrator (its token, made by the global setup). */
export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const token = readFileSync(apiTokenFile, 'utf8').trim()
  return fetch(`${apiBase}${path}`, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
  })
}
