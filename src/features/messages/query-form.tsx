import {
  DeleteOutlined,
  PlusOutlined,
  SearchOutlined,
  SettingOutlined,
  StopOutlined,
} from '@ant-design/icons'
import {
  Button,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Tabs,
  Typography,
} from 'antd'
import { useTranslation } from 'react-i18next'
import { filterKinds } from './build-filter.ts'
import { type FilterTab, type QueryFormValues, queryModes } from './query-body.ts'
import { TopicSelect } from './topic-select.tsx'

const maxFilterRows = 5
const celVariables = ['key', 'value', 'value_text', 'headers', 'partition', 'offset', 'timestamp'] as const

function SimpleFilter() {
  const { t } = useTranslation()
  return (
    <Form.List name="filterRows">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item name={[field.name, 'kind']} noStyle>
                <Select
                  aria-label={t('messages.filterKind')}
                  virtual={false}
                  style={{ width: 170 }}
                  options={filterKinds.map((kind) => ({
                    value: kind,
                    label: t(`messages.filterKinds.${kind}`),
                  }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['filterRows', field.name, 'kind']]}>
                {({ getFieldValue }) =>
                  getFieldValue(['filterRows', field.name, 'kind']) === 'headerEquals' && (
                    <Form.Item name={[field.name, 'name']} noStyle>
                      <Input aria-label={t('messages.headerName')} placeholder={t('messages.headerName')} />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Form.Item name={[field.name, 'value']} noStyle>
                <Input
                  aria-label={t('messages.filterValue')}
                  placeholder={t('messages.filterValue')}
                  style={{ width: 260 }}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('messages.removeCondition')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <div>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= maxFilterRows}
              onClick={() => add({ kind: 'valueContains', value: '' })}
            >
              {t('messages.addCondition')}
            </Button>
          </div>
          <Typography.Text type="secondary">{t('messages.simpleHint')}</Typography.Text>
        </Flex>
      )}
    </Form.List>
  )
}

function CelFilter({ error }: { error: string | null }) {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        name="filter"
        label={t('messages.filter')}
        validateStatus={error ? 'error' : undefined}
        help={error ?? undefined}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          placeholder={t('messages.filterPlaceholder')}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('messages.celHelp')}
      </Typography.Paragraph>
      <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
        {celVariables.map((name) => (
          <li key={name}>
            <Typography.Text code>{name}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t(`messages.celVariables.${name}`)}</Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Text type="secondary">{t('messages.celExample')}</Typography.Text>
    </>
  )
}

/** Topic, partition, where to start, limits and filter; submitting hands the values to the page. */
export function QueryForm({
  form,
  clusterId,
  partitionCount,
  maxLimit,
  running,
  filterTab,
  filterError,
  initialValues,
  onFilterTabChange,
  onFilterChange,
  onSearch,
  onCancel,
  onTopicChange,
  onOpenSettings,
}: {
  form: FormInstance<QueryFormValues>
  clusterId: string
  partitionCount: number | undefined
  /** The cluster's largest result limit. */
  maxLimit: number
  running: boolean
  filterTab: FilterTab
  /** The server's complaint about the filter (it names the position in the expression). */
  filterError: string | null
  initialValues: QueryFormValues
  onFilterTabChange: (tab: FilterTab) => void
  onFilterChange: () => void
  onSearch: (values: QueryFormValues) => void
  onCancel: () => void
  onTopicChange: (topicName: string) => void
  onOpenSettings: () => void
}) {
  const { t } = useTranslation()
  const mode = Form.useWatch('mode', form)
  const partitions = Array.from({ length: partitionCount ?? 0 }, (_, p) => ({ value: p, label: String(p) }))

  return (
    <Form<QueryFormValues>
      name="query"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSearch}
      onValuesChange={(changed: Partial<QueryFormValues>) => {
        if ('filter' in changed || 'filterRows' in changed) onFilterChange()
      }}
      disabled={running}
    >
      <Row gutter={16}>
        <Col xs={24} md={12} xl={10}>
          <Form.Item
            name="topicName"
            label={t('messages.topic')}
            rules={[{ required: true, message: t('messages.topicRequired') }]}
          >
            <TopicSelect clusterId={clusterId} onChange={onTopicChange} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="partition" label={t('messages.partition')}>
            <Select
              virtual={false}
              options={[{ value: 'all', label: t('messages.allPartitions') }, ...partitions]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="mode" label={t('messages.mode')}>
        <Radio.Group
          optionType="button"
          options={queryModes.map((value) => ({ value, label: t(`messages.modes.${value}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        {mode === 'offset' && (
          <Col xs={24} md={8}>
            <Form.Item name="startOffset" label={t('messages.offset')} extra={t('messages.offsetHint')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        {mode === 'time' && (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                name="startTime"
                label={t('messages.startTime')}
                rules={[{ required: true, message: t('messages.timeRequired') }]}
              >
                <DatePicker showTime style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="endTime" label={t('messages.endTime')} extra={t('messages.endTimeHint')}>
                <DatePicker showTime style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
        {mode === 'newest' && (
          <Col xs={24} md={8}>
            <Form.Item name="newest" label={t('messages.newest')} extra={t('messages.newestHint')}>
              <InputNumber min={1} max={maxLimit} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        {mode === 'key' && (
          <Col xs={24} md={16}>
            <Form.Item name="key" label={t('messages.key')} extra={t('messages.keyHint')}>
              <Input />
            </Form.Item>
            <Form.Item name="keyScanAll" valuePropName="checked">
              <Checkbox>{t('messages.keyScanAll')}</Checkbox>
            </Form.Item>
          </Col>
        )}
        <Col xs={12} md={4}>
          <Form.Item
            name="limit"
            label={t('messages.limit')}
            extra={t('messages.limitHint', { max: maxLimit })}
          >
            <InputNumber min={1} max={maxLimit} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="maxMb" label={t('messages.maxSize')} extra={t('messages.maxSizeHint')}>
            <InputNumber min={1} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Tabs
        size="small"
        activeKey={filterTab}
        onChange={(key) => onFilterTabChange(key as FilterTab)}
        items={[
          { key: 'simple', label: t('messages.filterTabs.simple'), children: <SimpleFilter /> },
          { key: 'cel', label: t('messages.filterTabs.cel'), children: <CelFilter error={filterError} /> },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />} loading={running}>
          {t('messages.search')}
        </Button>
        {running && (
          // The form is disabled while a query runs: an explicit `false` keeps this one way out enabled.
          <Button danger icon={<StopOutlined aria-hidden />} onClick={onCancel} disabled={false}>
            {t('messages.cancel')}
          </Button>
        )}
        {/* The limits apply to the next query, so they can be changed while one runs. */}
        <Button icon={<SettingOutlined aria-hidden />} onClick={onOpenSettings} disabled={false}>
          {t('messages.settings.open')}
        </Button>
      </Space>
    </Form>
  )
}
