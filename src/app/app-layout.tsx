import { ApiOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Layout, Menu, Space, theme } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useLocation, useMatch } from 'react-router'
import { loginPath } from '../features/auth/login-path.ts'
import { ApiError } from '../shared/api-client.ts'
import { ErrorAlert } from '../shared/error-alert.tsx'
import { type Session, sessionQuery } from '../shared/session.ts'
import { selectedMenuKey, useNavigationItems } from './navigation.tsx'
import { PreferenceControls } from './preference-controls.tsx'
import { PageSpinner } from './status-pages.tsx'
import { UserMenu } from './user-menu.tsx'

const PageFrame = lazy(() => import('./page-frame.tsx'))

function menuKeys(items: ReturnType<typeof useNavigationItems>): string[] {
  return items.flatMap((item) =>
    item && 'children' in item && item.children ? item.children.map((child) => String(child?.key)) : [],
  )
}

// Plain elements rather than Typography: the header is in the shell every visit loads.
function HeaderBar({ session }: { session: Session }) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Link to="/clusters" style={{ display: 'flex', alignItems: 'center', gap: 10, color: token.colorText }}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span style={{ fontSize: 20, fontWeight: 600 }}>Ferry</span>
      </Link>
      <span style={{ color: token.colorTextSecondary }}>{t('header.tagline')}</span>
      <span style={{ flex: 1 }} />
      <Space size="middle">
        <a href="/v2/docs" target="_blank" rel="noreferrer">
          <ApiOutlined /> {t('header.apiDocs')}
        </a>
        <PreferenceControls />
        <UserMenu session={session} />
      </Space>
    </Layout.Header>
  )
}

/**
 * The signed-in console: header, navigation and the page. Without a session (never signed in, expired,
 * signed out elsewhere) or with a one-time password still to replace, the reader goes to the sign-in page,
 * which brings them back here afterwards.
 */
export function AppLayout() {
  const { pathname, search } = useLocation()
  const session = useQuery(sessionQuery())
  if (session.error instanceof ApiError && session.error.status === 401)
    return <Navigate to={loginPath(pathname, search)} replace />
  if (session.data?.mustChangePassword) return <Navigate to={loginPath(pathname, search)} replace />
  if (session.data) return <SignedInLayout session={session.data} />
  if (session.isError)
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={session.error} onRetry={() => session.refetch()} />
      </div>
    )
  return <PageSpinner />
}

function SignedInLayout({ session }: { session: Session }) {
  const { pathname } = useLocation()
  const creating = useMatch('/clusters/create') !== null
  const clusterMatch = useMatch('/clusters/:clusterId/*')?.params.clusterId
  // `/clusters/create` is the creation wizard, not a cluster called "create".
  const clusterId = creating ? undefined : clusterMatch
  const items = useNavigationItems(clusterId)
  const selected = selectedMenuKey(pathname, menuKeys(items))
  const { t } = useTranslation()
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <HeaderBar session={session} />
      <Layout>
        <Layout.Sider width={220} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              items={items}
              selectedKeys={selected ? [selected] : []}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<PageSpinner />}>
            <PageFrame />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
