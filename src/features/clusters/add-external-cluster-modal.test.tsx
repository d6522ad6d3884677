// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { AddExternalClusterModal } from './add-external-cluster-modal.tsx'

function renderModal() {
  const router = createMemoryRouter(
    [
      {
        path: '/clusters',
        element: (
          <App>
            <AddExternalClusterModal open onClose={() => {}} />
          </App>
        ),
      },
      { path: '/clusters/:clusterId', element: <p>detail page</p> },
    ],
    { initialEntries: ['/clusters'] },
  )
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { dialog: screen.getByRole('dialog'), router }
}

function answerWith(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function fill(dialog: HTMLElement, label: string, value: string) {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } })
}

async function fillSasl(dialog: HTMLElement) {
  fill(dialog, 'Cluster name', 'orders')
  fill(dialog, 'Bootstrap servers', 'k1:9092')
  fireEvent.click(within(dialog).getByText('SASL_PLAINTEXT'))
  await within(dialog).findByLabelText('Password')
  fireEvent.mouseDown(within(dialog).getByLabelText('SASL mechanism'))
  fireEvent.click(await screen.findByTitle('SCRAM-SHA-512'))
  fill(dialog, 'Username', 'admin')
  fill(dialog, 'Password', 'wrong')
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('AddExternalClusterModal', () => {
  it('shows a server field error on the field it names, in red, and stays open', async () => {
    const fetchMock = answerWith(400, {
      code: 'KAFKA_AUTHENTICATION_FAILED',
      message: 'Authentication failed',
      requestId: 'r1',
      fields: { password: 'The broker refused this username and password.' },
    })
    const { dialog } = renderModal()
    await fillSasl(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection & save' }))

    const message = await within(dialog).findByText('The broker refused this username and password.')
    expect(message.closest('.ant-form-item')?.querySelector('#add-external-cluster_password')).toBeTruthy()
    expect(message.closest('.ant-form-item-explain-error')).toBeTruthy()
    expect(within(dialog).queryByTestId('add-cluster-error')).toBeNull()
    const sent = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))
    expect(sent).toMatchObject({
      provider: 'external',
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
    })
  })

  it('shows an error without fields as a banner', async () => {
    answerWith(500, { code: 'INTERNAL_ERROR', message: 'Ferry hit an internal error.', requestId: 'r2' })
    const { dialog } = renderModal()
    await fillSasl(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection & save' }))
    const banner = await within(dialog).findByTestId('add-cluster-error')
    expect(banner.textContent).toContain('Ferry hit an internal error.')
    expect(banner.textContent).toContain('r2')
  })

  it("opens the new cluster's page once saved", async () => {
    answerWith(201, { clusterId: 'c1', cluster: { clusterId: 'c1', name: 'orders' } })
    const { dialog, router } = renderModal()
    await fillSasl(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection & save' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/c1'))
  })
})
