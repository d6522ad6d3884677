import { describe, expect, it } from 'vitest'
import { loginPath, nextPath } from './login-path.ts'

const next = (value: string) => nextPath(new URLSearchParams({ next: value }))

describe('login path', () => {
  it('remembers the page and its query', () => {
    expect(loginPath('/clusters/local/topics', '?topicName=a b')).toBe(
      '/login?next=%2Fclusters%2Flocal%2Ftopics%3FtopicName%3Da%20b',
    )
    expect(nextPath(new URLSearchParams(loginPath('/audit', '?outcome=DENIED').split('?')[1]))).toBe(
      '/audit?outcome=DENIED',
    )
  })

  it('leaves the home page out of the link', () => {
    expect(loginPath('/', '')).toBe('/login')
    expect(loginPath('/clusters', '')).toBe('/login')
  })

  it('goes home for a next page that is not one of the console', () => {
    expect(nextPath(new URLSearchParams())).toBe('/clusters')
    expect(next('https://evil.example/')).toBe('/clusters')
    expect(next('//evil.example/x')).toBe('/clusters')
    expect(next('/\\evil.example')).toBe('/clusters')
    expect(next('/login?next=/audit')).toBe('/clusters')
    expect(next('/settings/tokens')).toBe('/settings/tokens')
  })
})
