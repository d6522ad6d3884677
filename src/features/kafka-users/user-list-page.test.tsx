// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { UserListPage } from './user-list-page.tsx'

function renderPage(answer: { status: number; body: unknown }) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(answer.body), { status: answer.status })),
  )
  const router = createMemoryRouter(
    [
      { path: '/clusters/:clusterId/users', element: <UserListPage /> },
      { path: '/clusters/:clusterId', element: <div>cluster detail</div> },
    ],
    { initialEntries: ['/clusters/c1/users'] },
  )
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <RouterProvider router={router} />
      </App>
    </QueryClientProvider>,
  )
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('UserListPage', () => {
  it('lists users with their mechanisms, and keeps Ferry’s own user from being reset or deleted', async () => {
    renderPage({
      status: 200,
      body: {
        users: [
          { username: 'alice', mechanisms: ['SCRAM-SHA-512'], createTime: null, usedByFerry: false },
          {
            username: 'ferry-admin',
            mechanisms: ['SCRAM-SHA-512', 'PLAIN'],
            createTime: null,
            usedByFerry: true,
          },
        ],
      },
    })
    const own = (await screen.findByText('ferry-admin')).closest('tr') as HTMLElement
    expect(within(own).getByText('PLAIN')).toBeTruthy()
    expect((within(own).getByRole('button', { name: 'Reset password' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
    const alice = screen.getByText('alice').closest('tr') as HTMLElement
    expect((within(alice).getByRole('button', { name: /Delete/ }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('says SASL is off and leads to the cluster, whose access configuration can change it', async () => {
    renderPage({
      status: 409,
      body: { code: 'CLUSTER_SASL_NOT_ENABLED', message: 'no SASL', requestId: 'r1' },
    })
    expect(await screen.findByText('SASL authentication is off')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Change access configuration' }))
    expect(await screen.findByText('cluster detail')).toBeTruthy()
  })
})
