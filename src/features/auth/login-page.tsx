import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Flex, Form, Input, Spin, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Navigate, useSearchParams } from 'react-router'
import { ApiError } from '../../shared/api-client.ts'
import { sessionQuery } from '../../shared/session.ts'
import { type LoginBody, useLogin } from './api.ts'
import { ChangePasswordForm } from './change-password-form.tsx'
import { nextPath } from './login-path.ts'

const SIGN_IN_REFUSALS = ['SIGN_IN_FAILED', 'ACCOUNT_LOCKED', 'TOO_MANY_SIGN_IN_ATTEMPTS'] as const

function SignInForm({ returning }: { returning: boolean }) {
  const { t } = useTranslation()
  const login = useLogin()
  const error = login.error
  const code = error instanceof ApiError ? error.code : ''
  const known = (SIGN_IN_REFUSALS as readonly string[]).includes(code)
  return (
    <Form<LoginBody>
      name="sign-in"
      layout="vertical"
      requiredMark={false}
      onFinish={(body) => login.mutate(body)}
      onValuesChange={() => login.isError && login.reset()}
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={
            known ? t(`auth.refusals.${code as (typeof SIGN_IN_REFUSALS)[number]}`) : t('auth.signInFailed')
          }
          // The server's words carry what only it knows: until when the account is locked, how long to wait.
          description={error.message}
        />
      ) : (
        returning && (
          <Alert
            type="info"
            role="status"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('auth.signInToContinue')}
          />
        )
      )}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, message: t('auth.enterUsername') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.enterPassword') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.signIn')}
      </Button>
    </Form>
  )
}

/**
 * 登录: the sign-in form; once signed in, the page the reader was going to. An account holding a one-time
 * password chooses its own first: the server refuses everything else until it has.
 */
export function LoginPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const session = useQuery({ ...sessionQuery(), retry: false })
  // Success only: a session that has just expired keeps its old data beside the 401.
  const signedIn = session.isSuccess ? session.data : undefined

  if (session.isPending)
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin />
      </Flex>
    )
  if (signedIn && !signedIn.mustChangePassword) return <Navigate to={nextPath(params)} replace />
  if (signedIn)
    return (
      <>
        <Typography.Title level={4}>{t('auth.choosePassword')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('auth.choosePasswordHint', { username: signedIn.username })}
        </Typography.Paragraph>
        <ChangePasswordForm />
      </>
    )
  return <SignInForm returning={params.has('next')} />
}
