import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Button, Card, Empty, Flex, Input, Select, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { Cluster } from '../../../contract/clusters.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { MarkerPager } from '../../shared/marker-pager.tsx'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { AddExternalClusterModal } from './add-external-cluster-modal.tsx'
import { clusterListQuery } from './api.ts'
import { ClusterStateTag } from './cluster-state-tag.tsx'
import { DeleteClusterButton } from './delete-cluster-dialog.tsx'
import {
  firstPage,
  type ListView,
  listQuery,
  readListView,
  type SearchField,
  writeListView,
} from './list-params.ts'

function useColumns(): ColumnsType<Cluster> {
  const { t, i18n } = useTranslation()
  return [
    {
      title: t('clusters.name'),
      dataIndex: 'name',
      render: (name: string, cluster) => (
        <Link to={`/clusters/${encodeURIComponent(cluster.clusterId)}`}>{name}</Link>
      ),
    },
    {
      title: t('clusters.id'),
      dataIndex: 'clusterId',
      render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
    },
    {
      title: t('clusters.state'),
      dataIndex: 'state',
      render: (_, cluster) => <ClusterStateTag state={cluster.state} />,
    },
    {
      title: t('clusters.provider'),
      dataIndex: 'provider',
      render: (_, cluster) => t(`provider.${cluster.provider}`),
    },
    {
      title: t('clusters.kafkaVersion'),
      dataIndex: 'kafkaVersion',
      render: (version: string | null) => version ?? '—',
    },
    { title: t('clusters.nodes'), dataIndex: 'numberOfBrokerNodes', align: 'right' },
    {
      title: t('clusters.createTime'),
      dataIndex: 'createTime',
      render: (time: string) => formatTime(time, i18n.language),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, cluster) => <DeleteClusterButton cluster={cluster} size="small" />,
    },
  ]
}

function SearchBox({ view, onChange }: { view: ListView; onChange: (next: ListView) => void }) {
  const { t } = useTranslation()
  return (
    <Space.Compact>
      <label htmlFor="cluster-search-field" style={visuallyHidden}>
        {t('clusters.searchField')}
      </label>
      <Select<SearchField>
        // Short list: without virtual scrolling every option carries role=option.
        virtual={false}
        id="cluster-search-field"
        value={view.field}
        onChange={(field) => onChange(firstPage(view, { field }))}
        options={[
          { value: 'clusterName', label: t('clusters.name') },
          { value: 'clusterId', label: t('clusters.id') },
        ]}
        style={{ width: 140 }}
      />
      <Input.Search
        // Remounts when the URL changes (back button, a reset) so the box shows the search in effect.
        key={view.keyword}
        aria-label={t('clusters.searchKeyword')}
        defaultValue={view.keyword}
        placeholder={
          view.field === 'clusterId' ? t('clusters.searchIdPlaceholder') : t('clusters.searchNamePlaceholder')
        }
        allowClear
        enterButton
        onSearch={(keyword) => onChange(firstPage(view, { keyword: keyword.trim() }))}
        style={{ width: 300 }}
      />
    </Space.Compact>
  )
}

export function ClusterListPage() {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readListView(searchParams)
  const go = (next: ListView) => setSearchParams(writeListView(next))
  const [adding, setAdding] = useState(false)
  const list = useQuery({ ...clusterListQuery(listQuery(view)), placeholderData: keepPreviousData })
  const columns = useColumns()
  const page = list.data

  const empty = view.keyword ? (
    <Empty description={t('clusters.noMatch')} />
  ) : (
    <Empty description={t('clusters.empty')}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
        {t('clusters.addExisting')}
      </Button>
    </Empty>
  )

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.clusterList')}
      </Typography.Title>
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space>
            <Link to="/clusters/create">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('clusterCreate.title')}
              </Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('clusters.addExisting')}
            </Button>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => list.refetch()}
              loading={list.isFetching}
              aria-label={t('common.refresh')}
            />
          </Space>
          <SearchBox view={view} onChange={go} />
        </Flex>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Cluster>
            rowKey="clusterId"
            columns={columns}
            dataSource={page?.clusters}
            loading={list.isPending || list.isPlaceholderData}
            pagination={false}
            locale={{ emptyText: list.isPending ? ' ' : empty }}
            scroll={{ x: 'max-content' }}
          />
        )}
        <MarkerPager
          id="cluster-page-size"
          view={view}
          nextMarker={page?.isTruncated ? (page.nextMarker ?? null) : null}
          go={go}
        />
      </Card>
      <AddExternalClusterModal open={adding} onClose={() => setAdding(false)} />
    </Space>
  )
}
