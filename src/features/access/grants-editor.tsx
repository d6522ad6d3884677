import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Button, Card, Flex, Form, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { clusterChoicesQuery } from '../../shared/cluster-choices.ts'
import { type GrantRow, isResourcePermission, RESOURCE_PERMISSIONS, SYSTEM_PERMISSIONS } from './grants.ts'

function GrantFields({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t } = useTranslation()
  const form = Form.useFormInstance()
  const permission = Form.useWatch(['grants', name, 'permission'], form) as GrantRow['permission'] | undefined
  const scope = Form.useWatch(['grants', name, 'scope'], form) as GrantRow['scope'] | undefined
  const clusters = useQuery({ ...clusterChoicesQuery(), enabled: isResourcePermission(permission) })
  const label = (p: GrantRow['permission']) => t(`access.permissions.${p}`)
  return (
    <Card size="small" data-testid="grant-row">
      <Flex gap={8} align="start">
        <Form.Item
          name={[name, 'permission']}
          label={t('access.role.permission')}
          extra={permission && t(`access.permissionHelp.${permission}`)}
          style={{ flex: 1, marginBottom: 8 }}
        >
          <Select<GrantRow['permission']>
            virtual={false}
            options={[
              {
                label: t('access.role.systemPolicies'),
                options: SYSTEM_PERMISSIONS.map((p) => ({ value: p, label: label(p) })),
              },
              {
                label: t('access.role.resourceRights'),
                options: RESOURCE_PERMISSIONS.map((p) => ({ value: p, label: label(p) })),
              },
            ]}
          />
        </Form.Item>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('access.role.removeGrant')}
          style={{ marginTop: 30 }}
        />
      </Flex>
      {isResourcePermission(permission) && (
        <>
          <Form.Item name={[name, 'scope']} label={t('access.role.clusters')} style={{ marginBottom: 8 }}>
            <Radio.Group
              options={[
                { value: 'all', label: t('access.role.allClusters') },
                { value: 'chosen', label: t('access.role.chosenClusters') },
              ]}
            />
          </Form.Item>
          {scope === 'chosen' && (
            <Form.Item
              name={[name, 'clusterIds']}
              label={t('access.role.whichClusters')}
              rules={[{ type: 'array', min: 1, message: t('access.role.chooseCluster') }]}
              style={{ marginBottom: 8 }}
            >
              <Select<string[]>
                mode="multiple"
                virtual={false}
                optionFilterProp="label"
                loading={clusters.isPending}
                options={(clusters.data ?? []).map((c) => ({
                  value: c.clusterId,
                  label: `${c.name} (${c.clusterId})`,
                }))}
              />
            </Form.Item>
          )}
        </>
      )}
    </Card>
  )
}

/**
 * A role's grants: system policies (完全控制, 运维操作, 只读) and resource-level write rights (集群写, 主题写,
 * 消费组写, 用户写), each of these on every cluster or on the clusters chosen.
 */
export function GrantsEditor() {
  const { t } = useTranslation()
  return (
    <Form.List name="grants">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <GrantFields key={field.key} name={field.name} onRemove={() => remove(field.name)} />
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              add({ permission: 'TOPIC_WRITE', scope: 'all', clusterIds: [] } satisfies GrantRow)
            }
          >
            {t('access.role.addGrant')}
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
