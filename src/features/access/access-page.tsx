import { Result, Space, Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { usePermission } from '../../shared/use-permission.ts'
import { AccountList } from './account-list.tsx'
import { RoleList } from './role-list.tsx'

const TABS = ['accounts', 'roles'] as const
type AccessTab = (typeof TABS)[number]

/** 访问控制: console accounts and the roles they hold (full control only). */
export function AccessPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const allowed = usePermission({ kind: 'admin' })
  const tab: AccessTab = params.get('tab') === 'roles' ? 'roles' : 'accounts'
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.access')}
      </Typography.Title>
      {allowed ? (
        <>
          <Tabs
            activeKey={tab}
            onChange={(next) => setParams(next === 'accounts' ? {} : { tab: next })}
            items={TABS.map((key) => ({ key, label: t(`access.tabs.${key}`) }))}
          />
          {tab === 'accounts' ? <AccountList /> : <RoleList />}
        </>
      ) : (
        <Result status="403" title={t('access.forbidden')} subTitle={t('access.forbiddenAdmin')} />
      )}
    </Space>
  )
}
