import { ApiOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons'
import { Layout, Menu, Select, Space, Switch, theme } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useMatch } from 'react-router'
import { visuallyHidden } from '../shared/visually-hidden.ts'
import { type Language, languages } from './i18n.ts'
import { selectedMenuKey, useNavigationItems } from './navigation.tsx'
import { usePreferences } from './preferences.tsx'
import { PageSpinner } from './status-pages.tsx'

const PageFrame = lazy(() => import('./page-frame.tsx'))

const languageNames: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' }

function menuKeys(items: ReturnType<typeof useNavigationItems>): string[] {
  return items.flatMap((item) =>
    item && 'children' in item && item.children ? item.children.map((child) => String(child?.key)) : [],
  )
}

// Plain elements rather than Typography: the header is in the shell every visit loads.
function HeaderBar() {
  const { t } = useTranslation()
  const { language, setLanguage, themeMode, setThemeMode } = usePreferences()
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
        <label htmlFor="ferry-language" style={visuallyHidden}>
          {t('header.language')}
        </label>
        <Select<Language>
          // Short list: without virtual scrolling every option carries role=option.
          virtual={false}
          id="ferry-language"
          value={language}
          onChange={setLanguage}
          options={languages.map((value) => ({ value, label: languageNames[value] }))}
          style={{ width: 112 }}
        />
        <Switch
          aria-label={t('header.darkMode')}
          checked={themeMode === 'dark'}
          onChange={(dark) => setThemeMode(dark ? 'dark' : 'light')}
          checkedChildren={<MoonOutlined />}
          unCheckedChildren={<SunOutlined />}
        />
      </Space>
    </Layout.Header>
  )
}

export function AppLayout() {
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
      <HeaderBar />
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
