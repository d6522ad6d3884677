import { App, Checkbox, Flex, Form, Input, Radio, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import {
  AclHostSchema,
  type AclOperation,
  type AclPatternType,
  type AclResourceType,
  AclResourceTypeSchema,
  CLUSTER_RESOURCE_NAME,
  operationChoices,
  REFERENCE_OPERATIONS,
} from '../../../contract/acls.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { useCreateAcl } from './api.ts'
import { UserPicker } from './user-picker.tsx'

interface AclForm {
  username: string
  resourceType: AclResourceType
  patternType: AclPatternType
  resourceName?: string
  operations: AclOperation[]
  host: string
  permissionType: 'ALLOW' | 'DENY'
}

const initialValues: Partial<AclForm> = {
  resourceType: 'TOPIC',
  patternType: 'LITERAL',
  operations: [],
  host: '*',
  permissionType: 'ALLOW',
}

/**
 * 创建权限: a user, a resource (type, match mode and name), the operations and whether they are allowed. The
 * operations offered are those of the type: the reference console's first (发布/订阅 on a topic), then
 * Kafka's own.
 */
export function AclFormModal({
  clusterId,
  open,
  onClose,
}: {
  clusterId: string
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage('acls.contractMessages')
  const { message } = App.useApp()
  const [form] = Form.useForm<AclForm>()
  const create = useCreateAcl(clusterId)
  const resourceType: AclResourceType = Form.useWatch('resourceType', form) ?? 'TOPIC'
  const patternType: AclPatternType = Form.useWatch('patternType', form) ?? 'LITERAL'
  const cluster = resourceType === 'CLUSTER'
  const choices = operationChoices(resourceType)
  const reference = REFERENCE_OPERATIONS[resourceType]

  const save = async (values: AclForm) => {
    const result = await create.mutateAsync({
      username: values.username.trim(),
      resourceType: values.resourceType,
      patternType: cluster ? 'LITERAL' : values.patternType,
      ...(cluster ? {} : { resourceName: values.resourceName?.trim() }),
      operations: values.operations,
      host: values.host.trim(),
      permissionType: values.permissionType,
    })
    message.success(t('acls.created', { count: result.acls.length }))
  }

  return (
    <FormModal<AclForm>
      open={open}
      title={t('acls.create')}
      form={form}
      name="create-acl"
      initialValues={initialValues}
      save={save}
      pending={create.isPending}
      onClose={onClose}
      okText={t('acls.create')}
      failedTitle={t('acls.createFailed')}
      width={640}
      onValuesChange={(changed) => {
        // Operations and names differ per type: a cluster is always kafka-cluster, matched literally.
        if (changed.resourceType === undefined) return
        form.setFieldsValue({
          operations: [],
          ...(changed.resourceType === 'CLUSTER'
            ? { resourceName: CLUSTER_RESOURCE_NAME, patternType: 'LITERAL' }
            : { resourceName: undefined }),
        })
      }}
    >
      <Form.Item
        name="username"
        label={t('acls.username')}
        required
        rules={[{ required: true, whitespace: true, message: t('acls.userRequired') }]}
      >
        <UserPicker clusterId={clusterId} allowAll />
      </Form.Item>
      <Form.Item name="resourceType" label={t('acls.resourceType')} required>
        <Radio.Group
          optionType="button"
          options={AclResourceTypeSchema.options.map((type) => ({
            value: type,
            label: t(`acls.resourceTypes.${type}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="patternType"
        label={t('acls.patternType')}
        extra={t(`acls.patternHints.${patternType}`)}
        required
      >
        <Radio.Group
          disabled={cluster}
          options={(['LITERAL', 'PREFIXED'] as const).map((p) => ({
            value: p,
            label: t(`acls.patternTypes.${p}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="resourceName"
        label={t('acls.matchContent')}
        required
        rules={[
          { required: !cluster, whitespace: true, message: t('acls.resourceNameRequired') },
          { max: 255, message: translate('At most 255 characters.') },
        ]}
      >
        <Input
          disabled={cluster}
          autoComplete="off"
          placeholder={patternType === 'PREFIXED' ? 'orders.' : 'orders'}
        />
      </Form.Item>
      <Form.Item
        name="operations"
        label={t('acls.operation')}
        required
        rules={[{ type: 'array', min: 1, required: true, message: t('acls.operationsRequired') }]}
      >
        <Checkbox.Group style={{ display: 'block' }}>
          <Flex gap={8} wrap>
            {reference.map((op) => (
              <Checkbox key={op} value={op}>
                {t(`acls.operations.${op}`)}
              </Checkbox>
            ))}
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0 4px' }}>
            {t('acls.moreOperations')}
          </Typography.Text>
          <Flex gap={8} wrap>
            {choices
              .filter((op) => !reference.includes(op))
              .map((op) => (
                <Checkbox key={op} value={op}>
                  {t(`acls.operations.${op}`)}
                </Checkbox>
              ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="host"
          label={t('acls.host')}
          extra={t('acls.hostHint')}
          required
          rules={[zodRule(AclHostSchema, translate)]}
          style={{ flex: 1 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="permissionType" label={t('acls.permissionType')} required style={{ flex: 1 }}>
          <Radio.Group
            options={(['ALLOW', 'DENY'] as const).map((p) => ({
              value: p,
              label: t(`acls.permissionTypes.${p}`),
            }))}
          />
        </Form.Item>
      </Flex>
    </FormModal>
  )
}
