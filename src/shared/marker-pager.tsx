import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { firstPage, isFirstPage, type MarkerView, nextPage, previousPage } from './marker-paging.ts'
import { pageSizes } from './paging.ts'
import { visuallyHidden } from './visually-hidden.ts'

/** Previous / next and page size for a list the API pages with markers (it cannot jump to page N). */
export function MarkerPager<V extends MarkerView>({
  id,
  view,
  nextMarker,
  go,
}: {
  /** Unique on the page: it labels the page-size field. */
  id: string
  view: V
  /** The answer's nextMarker when it was truncated; null on the last page. */
  nextMarker: string | null
  go: (next: V) => void
}) {
  const { t } = useTranslation()
  return (
    <Flex justify="end" align="center" gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">
        {t('common.page', { page: view.previousMarkers.length + 1 })}
      </Typography.Text>
      <Button icon={<LeftOutlined />} disabled={isFirstPage(view)} onClick={() => go(previousPage(view))}>
        {t('common.previous')}
      </Button>
      <Button disabled={nextMarker === null} onClick={() => nextMarker && go(nextPage(view, nextMarker))}>
        {t('common.next')} <RightOutlined />
      </Button>
      <label htmlFor={id} style={visuallyHidden}>
        {t('common.pageSize')}
      </label>
      <Select<number>
        virtual={false}
        id={id}
        value={view.maxKeys}
        onChange={(maxKeys) => go(firstPage(view, { maxKeys } as Partial<V>))}
        options={pageSizes.map((size) => ({ value: size, label: t('common.perPage', { count: size }) }))}
        style={{ width: 120 }}
      />
    </Flex>
  )
}
