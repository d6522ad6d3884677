// @vitest-environment jsdom
import './jsdom-antd.ts'
import { act, cleanup, render, screen } from '@testing-library/react'
import { Form, type FormInstance, Input } from 'antd'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from './api-client.ts'
import { applyFieldErrors, toNamePath } from './form-errors.ts'

function Harness({ onForm }: { onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm()
  onForm(form)
  return (
    <Form form={form}>
      <Form.Item name="password" label="Password">
        <Input.Password />
      </Form.Item>
      <Form.Item name={['tags', 0, 'tagKey']} label="Tag key">
        <Input />
      </Form.Item>
    </Form>
  )
}

function renderForm(): FormInstance {
  let captured: FormInstance | undefined
  render(
    <Harness
      onForm={(form) => {
        captured = form
      }}
    />,
  )
  if (!captured) throw new Error('form not rendered')
  return captured
}

afterEach(cleanup)

describe('toNamePath', () => {
  it('turns numeric segments into list indexes', () => {
    expect(toNamePath('tags.0.tagKey')).toEqual(['tags', 0, 'tagKey'])
    expect(toNamePath('password')).toEqual(['password'])
  })
})

describe('applyFieldErrors', () => {
  it('shows each named field error under its field and returns the rest', async () => {
    const form = renderForm()
    const error = new ApiError({
      code: 'ERROR_PARAMS',
      message: 'Invalid request',
      status: 400,
      fields: { password: 'Wrong password.', 'tags.0.tagKey': 'Too long.', region: 'Unknown region.' },
    })
    let leftOver: Record<string, string> = {}
    act(() => {
      leftOver = applyFieldErrors(form, error)
    })
    expect(leftOver).toEqual({ region: 'Unknown region.' })
    expect(form.getFieldError('password')).toEqual(['Wrong password.'])
    expect(await screen.findByText('Wrong password.')).toBeTruthy()
    expect(await screen.findByText('Too long.')).toBeTruthy()
  })
})
