import { DatePicker, Input, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { AuditOutcomeSchema } from '../../../contract/auth.ts'
import { EnumFilter } from '../../shared/enum-filter.tsx'
import { firstPage } from '../../shared/marker-paging.ts'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { AUDITED_ACTIONS, AUDITED_RESOURCE_TYPES, type AuditView } from './list-params.ts'

/** Who, what, on what, how it ended and when; changing one starts again from the newest record. */
export function AuditFilters({ view, go }: { view: AuditView; go: (next: AuditView) => void }) {
  const { t } = useTranslation()
  const set = (change: Partial<AuditView>) => go(firstPage(view, change))
  return (
    <Space wrap>
      <Input.Search
        key={view.actor ?? ''}
        aria-label={t('audit.filters.actor')}
        placeholder={t('audit.filters.actor')}
        defaultValue={view.actor}
        allowClear
        onSearch={(actor) => set({ actor: actor.trim() || undefined })}
        style={{ width: 180 }}
      />
      <label htmlFor="audit-action-filter" style={visuallyHidden}>
        {t('audit.filters.action')}
      </label>
      <Select<string>
        id="audit-action-filter"
        showSearch
        allowClear
        placeholder={t('audit.filters.action')}
        value={view.action}
        onChange={(action) => set({ action })}
        options={AUDITED_ACTIONS.map((action) => ({ value: action, label: action }))}
        style={{ width: 220 }}
      />
      <EnumFilter
        id="audit-resource-filter"
        label={t('audit.filters.resourceType')}
        placeholder={t('audit.filters.resourceType')}
        value={view.resourceType}
        values={AUDITED_RESOURCE_TYPES}
        labelOf={(type) => type}
        onChange={(resourceType) => set({ resourceType })}
        width={160}
      />
      <EnumFilter
        id="audit-outcome-filter"
        label={t('audit.filters.outcome')}
        placeholder={t('audit.filters.outcome')}
        value={view.outcome}
        values={AuditOutcomeSchema.options}
        labelOf={(outcome) => t(`audit.outcomes.${outcome}`)}
        onChange={(outcome) => set({ outcome })}
        width={140}
      />
      <DatePicker.RangePicker
        showTime
        allowEmpty={[true, true]}
        aria-label={t('audit.filters.time')}
        value={[view.start ? dayjs(view.start) : null, view.end ? dayjs(view.end) : null]}
        onChange={(range) => {
          const [from, to] = range ?? []
          set({ start: from?.toISOString(), end: to?.toISOString() })
        }}
      />
    </Space>
  )
}
