import { ReloadOutlined } from '@ant-design/icons'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button, Card, Empty, Flex, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from './error-alert.tsx'
import { MarkerPager } from './marker-pager.tsx'
import type { MarkerView } from './marker-paging.ts'

/**
 * A card with one page of a list the API pages with markers: refresh, the list's filters, the table (or
 * the error), and previous / next.
 */
export function MarkerListCard<Row extends object, V extends MarkerView>({
  list,
  rows,
  rowKey,
  columns,
  filters,
  emptyText,
  view,
  go,
  pagerId,
}: {
  list: UseQueryResult<{ isTruncated: boolean; nextMarker: string | null }>
  rows: Row[] | undefined
  rowKey: keyof Row & string
  columns: ColumnsType<Row>
  filters: ReactNode
  /** What an empty page says: no rows at all, or none matching the filters. */
  emptyText: string
  view: V
  go: (next: V) => void
  pagerId: string
}) {
  const { t } = useTranslation()
  const page = list.data
  return (
    <Card>
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => list.refetch()}
          loading={list.isFetching}
          aria-label={t('common.refresh')}
        />
        {filters}
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<Row>
          rowKey={rowKey}
          columns={columns}
          dataSource={rows}
          loading={list.isPending || list.isPlaceholderData}
          pagination={false}
          locale={{ emptyText: list.isPending ? ' ' : <Empty description={emptyText} /> }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <MarkerPager
        id={pagerId}
        view={view}
        nextMarker={page?.isTruncated ? (page.nextMarker ?? null) : null}
        go={go}
      />
    </Card>
  )
}
