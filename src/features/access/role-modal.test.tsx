// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import type { Role } from './api.ts'
import { RoleModal } from './role-modal.tsx'

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })
const page = { marker: null, maxKeys: 1000, isTruncated: false, nextMarker: null }

/** Two clusters; `onSave` answers the role's POST or PUT. */
function serve(onSave: (url: string, body: unknown) => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST' || init?.method === 'PUT') return onSave(url, JSON.parse(String(init.body)))
      if (url.startsWith('/v2/clusters?'))
        return json(200, {
          ...page,
          clusters: [
            { clusterId: 'c1', name: 'orders' },
            { clusterId: 'c2', name: 'payments' },
          ],
        })
      return json(404, { code: 'NOT_FOUND', message: url, requestId: 'r' })
    }),
  )
}

function renderModal(role?: Role, onClose = () => {}) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <RoleModal open role={role} onClose={onClose} />
      </App>
    </QueryClientProvider>,
  )
  return screen.getByRole('dialog')
}

async function choose(input: HTMLElement, option: string) {
  // A multiple select opens from its selector, around the search input.
  fireEvent.mouseDown(input.closest('.ant-select-selector') ?? input)
  fireEvent.click(await screen.findByTitle(option))
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('RoleModal grants editor', () => {
  it('offers clusters only for resource-level rights, and sends chosen ones by ID', async () => {
    const sent: unknown[] = []
    serve((_, body) => {
      sent.push(body)
      return json(201, {})
    })
    const onClose = vi.fn()
    const dialog = renderModal(undefined, onClose)
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'orders team' } })
    // A new role starts read only: a system policy, with no clusters to choose.
    const [first] = within(dialog).getAllByTestId('grant-row') as [HTMLElement]
    expect(within(first).queryByText('All clusters')).toBeNull()

    fireEvent.click(within(dialog).getByRole('button', { name: /Add permission/ }))
    const second = within(dialog).getAllByTestId('grant-row')[1] as HTMLElement
    await choose(within(second).getByLabelText('Permission', { selector: 'input' }), 'Consumer group write')
    fireEvent.click(within(second).getByLabelText('Chosen clusters'))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(second).findByText('Choose at least one cluster.')).toBeTruthy()

    await choose(within(second).getByLabelText('Which clusters', { selector: 'input' }), 'payments (c2)')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toEqual([
      {
        name: 'orders team',
        description: '',
        grants: [
          { permission: 'READ_ONLY', clusterIds: null },
          { permission: 'CONSUMER_GROUP_WRITE', clusterIds: ['c2'] },
        ],
      },
    ])
  })

  it('shows a custom role’s grants and saves the change to that role', async () => {
    const saved: string[] = []
    serve((url) => {
      saved.push(url)
      return json(200, {})
    })
    const dialog = renderModal({
      roleId: 'r1',
      name: 'group resetters',
      description: 'Reset offsets on orders',
      builtin: false,
      grants: [{ permission: 'CONSUMER_GROUP_WRITE', clusterIds: ['c1'] }],
    })
    expect(await within(dialog).findByTitle('orders (c1)')).toBeTruthy()
    const row = within(dialog).getByTestId('grant-row')
    expect(within(row).getByLabelText('Chosen clusters')).toHaveProperty('checked', true)
    fireEvent.click(within(row).getByLabelText('All clusters'))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(saved).toEqual(['/v2/roles/r1']))
  })
})
