import {
  AlertOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BellOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  LineChartOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import type { MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { clusterDetailQuery } from '../features/clusters/api.ts'
import { usePermission } from '../shared/use-permission.ts'

type MenuItems = NonNullable<MenuProps['items']>

/**
 * The reference console's left navigation: global pages, then, once a cluster is open,
 * that cluster's pages. Only pages that exist are listed.
 */
export function useNavigationItems(clusterId: string | undefined): MenuItems {
  const { t } = useTranslation()
  // The same query the detail page reads, so the name costs no extra request once a cluster page is open.
  const cluster = useQuery({ ...clusterDetailQuery(clusterId ?? ''), enabled: clusterId !== undefined })
  const clusterName = cluster.data?.name ?? clusterId
  // Pages the role cannot open are left out rather than shown to answer 403.
  const mayOperate = usePermission({ kind: 'operate' })
  const mayAdminister = usePermission({ kind: 'admin' })
  const items: MenuItems = [
    {
      type: 'group',
      label: t('nav.global'),
      children: [
        {
          key: '/clusters',
          icon: <AppstoreOutlined />,
          label: <Link to="/clusters">{t('nav.clusterList')}</Link>,
        },
        { key: '/jobs', icon: <ScheduleOutlined />, label: <Link to="/jobs">{t('nav.tasks')}</Link> },
        { key: '/events', icon: <BellOutlined />, label: <Link to="/events">{t('nav.events')}</Link> },
        { key: '/alarms', icon: <AlertOutlined />, label: <Link to="/alarms">{t('nav.alarms')}</Link> },
        ...(mayOperate
          ? [{ key: '/audit', icon: <AuditOutlined />, label: <Link to="/audit">{t('nav.audit')}</Link> }]
          : []),
        ...(mayAdminister
          ? [
              {
                key: '/settings/access',
                icon: <IdcardOutlined />,
                label: <Link to="/settings/access">{t('nav.access')}</Link>,
              },
            ]
          : []),
      ],
    },
  ]
  if (clusterId) {
    const base = `/clusters/${encodeURIComponent(clusterId)}`
    items.push({
      type: 'group',
      label: (
        <span title={clusterId} style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {t('nav.cluster', { name: clusterName })}
        </span>
      ),
      children: [
        { key: base, icon: <ClusterOutlined />, label: <Link to={base}>{t('nav.clusterDetail')}</Link> },
        {
          key: `${base}/connect`,
          icon: <ApiOutlined />,
          label: <Link to={`${base}/connect`}>{t('connect.title')}</Link>,
        },
        {
          key: `${base}/topics`,
          icon: <UnorderedListOutlined />,
          label: <Link to={`${base}/topics`}>{t('nav.topics')}</Link>,
        },
        {
          key: `${base}/consumer-groups`,
          icon: <TeamOutlined />,
          label: <Link to={`${base}/consumer-groups`}>{t('nav.consumerGroups')}</Link>,
        },
        {
          key: `${base}/users`,
          icon: <UserOutlined />,
          label: <Link to={`${base}/users`}>{t('kafkaUsers.title')}</Link>,
        },
        {
          key: `${base}/acls`,
          icon: <SafetyOutlined />,
          label: <Link to={`${base}/acls`}>{t('acls.title')}</Link>,
        },
        {
          key: `${base}/messages`,
          icon: <FileSearchOutlined />,
          label: <Link to={`${base}/messages`}>{t('nav.messages')}</Link>,
        },
        {
          key: `${base}/monitoring`,
          icon: <LineChartOutlined />,
          label: <Link to={`${base}/monitoring`}>{t('nav.monitoring')}</Link>,
        },
        {
          key: `${base}/jobs`,
          icon: <ScheduleOutlined />,
          label: <Link to={`${base}/jobs`}>{t('nav.tasks')}</Link>,
        },
        {
          key: `${base}/events`,
          icon: <BellOutlined />,
          label: <Link to={`${base}/events`}>{t('nav.events')}</Link>,
        },
        {
          key: `${base}/storage`,
          icon: <DatabaseOutlined />,
          label: <Link to={`${base}/storage`}>{t('nav.storage')}</Link>,
        },
      ],
    })
  }
  return items
}

/** The deepest menu entry the path is in: `/clusters/a` selects the cluster's entry, not the list. */
export function selectedMenuKey(pathname: string, keys: string[]): string | undefined {
  return keys
    .filter((key) => pathname === key || pathname.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length)[0]
}
