import { Card, Flex, theme } from 'antd'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { PreferenceControls } from './preference-controls.tsx'
import { PageSpinner } from './status-pages.tsx'

/** The sign-in page's frame: a card in the middle of the page, outside the app's header and navigation. */
export function SignInLayout() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 24 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex align="center" gap={10} style={{ marginBottom: 8 }}>
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <h1 style={{ fontSize: 24, fontWeight: 600, margin: 0 }}>Ferry</h1>
        </Flex>
        <p style={{ color: token.colorTextSecondary, marginTop: 0, marginBottom: 24 }}>
          {t('header.tagline')}
        </p>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </Card>
      <PreferenceControls />
    </Flex>
  )
}
