// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { AclFormModal } from './acl-form-modal.tsx'

/** The users list for the picker; `create` answers the POST. */
function serve(create: { status: number; body: unknown } = { status: 201, body: { acls: [] } }) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') return new Response(JSON.stringify(create.body), { status: create.status })
    if (url.endsWith('/users'))
      return Response.json({
        users: [{ username: 'bob', mechanisms: ['SCRAM-SHA-512'], createTime: null, usedByFerry: false }],
      })
    return new Response('{}', { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderModal() {
  const onClose = vi.fn()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <AclFormModal clusterId="c1" open onClose={onClose} />
      </App>
    </QueryClientProvider>,
  )
  return { dialog: screen.getByRole('dialog'), onClose }
}

const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } })
const submit = (dialog: HTMLElement) =>
  fireEvent.click(within(dialog).getByRole('button', { name: 'Create permission' }))
const posted = (fetchMock: ReturnType<typeof serve>) =>
  JSON.parse(String(fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')?.[1]?.body))

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('AclFormModal', () => {
  it('asks for a user, a name and an operation, and refuses a host that is no address', async () => {
    const fetchMock = serve()
    const { dialog } = renderModal()
    type(within(dialog).getByLabelText('Host'), 'web-1')
    submit(dialog)
    expect(await within(dialog).findByText('Choose a user.')).toBeTruthy()
    expect(within(dialog).getByText('Enter a resource name or prefix.')).toBeTruthy()
    expect(within(dialog).getByText('Choose at least one operation.')).toBeTruthy()
    expect(within(dialog).getByText('Use * for any host, or one IP address.')).toBeTruthy()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('offers Produce and Consume first on a topic, and sends the reference’s body for a prefix', async () => {
    const fetchMock = serve({ status: 201, body: { username: 'bob', principal: 'User:bob', acls: [{}, {}] } })
    const { dialog, onClose } = renderModal()
    const labels = within(dialog)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent)
    expect(labels.slice(0, 2)).toEqual(['Produce', 'Consume'])
    type(within(dialog).getByLabelText('Username'), 'bob')
    fireEvent.click(within(dialog).getByLabelText('Prefix'))
    type(within(dialog).getByLabelText('Match content'), 'orders.')
    fireEvent.click(within(dialog).getByLabelText('Produce'))
    fireEvent.click(within(dialog).getByLabelText('Deny'))
    submit(dialog)
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(posted(fetchMock)).toEqual({
      username: 'bob',
      resourceType: 'TOPIC',
      patternType: 'PREFIXED',
      resourceName: 'orders.',
      operations: ['PRODUCE'],
      host: '*',
      permissionType: 'DENY',
    })
  })

  it('offers only what applies to a group, and fixes a cluster’s name to kafka-cluster', async () => {
    const fetchMock = serve()
    const { dialog, onClose } = renderModal()
    fireEvent.click(within(dialog).getByLabelText('Consumer group'))
    await waitFor(() => expect(within(dialog).queryByLabelText('Produce')).toBeNull())
    expect(within(dialog).getByLabelText('Consume')).toBeTruthy()

    fireEvent.click(within(dialog).getByLabelText('Cluster'))
    const name = (await within(dialog).findByDisplayValue('kafka-cluster')) as HTMLInputElement
    expect(name.disabled).toBe(true)
    expect((within(dialog).getByLabelText('Prefix') as HTMLInputElement).disabled).toBe(true)
    type(within(dialog).getByLabelText('Username'), '*')
    fireEvent.click(within(dialog).getByLabelText('Idempotent write'))
    submit(dialog)
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(posted(fetchMock)).toEqual({
      username: '*',
      resourceType: 'CLUSTER',
      patternType: 'LITERAL',
      operations: ['IDEMPOTENT_WRITE'],
      host: '*',
      permissionType: 'ALLOW',
    })
  })
})
