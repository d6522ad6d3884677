// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { UserFormModal } from './user-form-modal.tsx'

/** Answers every request with `answer`, and records them. */
function serve(answer: { status: number; body: unknown }) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(answer.body), { status: answer.status }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderModal(resetting?: string) {
  const onClose = vi.fn()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <UserFormModal clusterId="c1" open resetting={resetting} onClose={onClose} />
      </App>
    </QueryClientProvider>,
  )
  return { dialog: screen.getByRole('dialog'), onClose }
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText(label)
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } })
const submit = (dialog: HTMLElement, name: string) =>
  fireEvent.click(within(dialog).getByRole('button', { name }))

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('UserFormModal', () => {
  it('refuses a bad name, a weak password, a confirmation that differs and no mechanism, sending nothing', async () => {
    const fetchMock = serve({ status: 201, body: { username: 'x' } })
    const { dialog } = renderModal()
    type(field(dialog, 'Username'), '1bad')
    type(field(dialog, 'Password'), 'password')
    type(field(dialog, 'Confirm password'), 'passw0rd')
    fireEvent.click(within(dialog).getByLabelText('SCRAM-SHA-512'))
    submit(dialog, 'Create user')
    expect(await within(dialog).findByText('Start with a letter; 4–16 letters, digits or “_”.')).toBeTruthy()
    expect(within(dialog).getByText('Mix letters, digits and at least one of !@#$%^*().')).toBeTruthy()
    expect(within(dialog).getByText('The passwords do not match.')).toBeTruthy()
    expect(within(dialog).getByText('Choose at least one mechanism.')).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('creates the user with the mechanisms chosen', async () => {
    const fetchMock = serve({ status: 201, body: { username: 'bob_1' } })
    const { dialog, onClose } = renderModal()
    type(field(dialog, 'Username'), 'bob_1')
    type(field(dialog, 'Password'), 'Bob2026!x')
    type(field(dialog, 'Confirm password'), 'Bob2026!x')
    fireEvent.click(within(dialog).getByLabelText('SCRAM-SHA-256'))
    submit(dialog, 'Create user')
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/v2/clusters/c1/users')
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({
      username: 'bob_1',
      password: 'Bob2026!x',
      mechanisms: ['SCRAM-SHA-256', 'SCRAM-SHA-512'],
    })
  })

  it('shows the server’s refusal on the field it names', async () => {
    serve({
      status: 409,
      body: {
        code: 'USER_NAME_ALREADY_EXISTS',
        message: 'The cluster already has a user named alice.',
        requestId: 'r1',
        fields: { username: 'This name is taken by another user.' },
      },
    })
    const { dialog, onClose } = renderModal()
    type(field(dialog, 'Username'), 'alice')
    type(field(dialog, 'Password'), 'Alice2026!')
    type(field(dialog, 'Confirm password'), 'Alice2026!')
    submit(dialog, 'Create user')
    expect(await within(dialog).findByText('This name is taken by another user.')).toBeTruthy()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('resets a password with only the new password, twice', async () => {
    const fetchMock = serve({ status: 200, body: { username: 'bob_1' } })
    const { dialog, onClose } = renderModal('bob_1')
    expect(within(dialog).queryByLabelText('Username')).toBeNull()
    expect(within(dialog).queryByLabelText('SCRAM-SHA-256')).toBeNull()
    type(field(dialog, 'New password'), 'Fresh2026!')
    type(field(dialog, 'Confirm password'), 'Fresh2026!')
    submit(dialog, 'Reset password')
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect([url, init?.method, JSON.parse(String(init?.body))]).toEqual([
      '/v2/clusters/c1/users/bob_1',
      'PUT',
      { password: 'Fresh2026!' },
    ])
  })
})
