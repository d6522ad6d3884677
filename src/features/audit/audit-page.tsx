import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Flex, Result, Space, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { formatTime } from '../../shared/format-time.ts'
import { MarkerListCard } from '../../shared/marker-list-card.tsx'
import { usePermission } from '../../shared/use-permission.ts'
import { type AuditRecord, auditListQuery } from './api.ts'
import { AuditFilters } from './audit-filters.tsx'
import { ExportButton } from './export-button.tsx'
import { type AuditView, auditFilter, auditQuery, readAuditView, writeAuditView } from './list-params.ts'

const outcomeColors: Record<AuditRecord['outcome'], string> = {
  SUCCESS: 'green',
  DENIED: 'orange',
  FAILED: 'red',
}

function useColumns(): ColumnsType<AuditRecord> {
  const { t, i18n } = useTranslation()
  return [
    {
      title: t('audit.columns.time'),
      dataIndex: 'time',
      render: (time: string) => (
        <Flex vertical>
          <span>{formatTime(time, i18n.language)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('audit.utc', { time })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('audit.columns.actor'), dataIndex: 'actor' },
    { title: t('audit.columns.via'), dataIndex: 'via' },
    { title: t('audit.columns.action'), dataIndex: 'action' },
    { title: t('audit.columns.resourceType'), dataIndex: 'resourceType' },
    { title: t('audit.columns.target'), dataIndex: 'target', render: (target: string) => target || '—' },
    {
      title: t('audit.columns.outcome'),
      dataIndex: 'outcome',
      render: (outcome: AuditRecord['outcome']) => (
        <Tag color={outcomeColors[outcome]}>{t(`audit.outcomes.${outcome}`)}</Tag>
      ),
    },
    { title: t('audit.columns.status'), dataIndex: 'status' },
    {
      title: t('audit.columns.requestId'),
      dataIndex: 'requestId',
      render: (id: string) => <Typography.Text copyable={{ text: id }}>{id}</Typography.Text>,
    },
    { title: t('audit.columns.ip'), dataIndex: 'ip' },
  ]
}

function AuditList({ view, go }: { view: AuditView; go: (next: AuditView) => void }) {
  const { t } = useTranslation()
  const list = useQuery({ ...auditListQuery(auditQuery(view)), placeholderData: keepPreviousData })
  const columns = useColumns()
  const filtered = Object.keys(auditFilter(view)).length > 0
  return (
    <MarkerListCard<AuditRecord, AuditView>
      list={list}
      rows={list.data?.records}
      rowKey="auditId"
      columns={columns}
      filters={
        <Space wrap>
          <AuditFilters view={view} go={go} />
          <ExportButton filter={auditFilter(view)} />
        </Space>
      }
      emptyText={t(filtered ? 'audit.noMatch' : 'audit.empty')}
      view={view}
      go={go}
      pagerId="audit-page-size"
    />
  )
}

/**
 * 操作审计: every change made through Ferry — allowed, refused or failed — with who made it, how, on what and
 * from where; sign-ins, message queries and exports included. For operate and full control.
 */
export function AuditPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const allowed = usePermission({ kind: 'operate' })
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.audit')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      {allowed ? (
        <AuditList view={readAuditView(params)} go={(view) => setParams(writeAuditView(view))} />
      ) : (
        <Result status="403" title={t('access.forbidden')} subTitle={t('audit.forbidden')} />
      )}
    </Space>
  )
}
