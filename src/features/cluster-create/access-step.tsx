import { Card, Checkbox, Flex, Form, type FormInstance, Input, Switch, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { KafkaPasswordSchema, KafkaUsernameSchema } from '../../../contract/cluster-create.ts'
import { AuthenticationModeSchema } from '../../../contract/clusters.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { isSasl, type SaslMode, type WizardValues } from './wizard-form.ts'
import { contractRule, type Translate } from './wizard-rules.ts'

/** Step 4: how clients sign in, an optional first user per SASL mode, ACLs and public access. */
export function AccessStep({ form, translate }: { form: FormInstance<WizardValues>; translate: Translate }) {
  const { t } = useTranslation()
  const modes = Form.useWatch('authModes', form) ?? []
  return (
    <>
      <Form.Item
        name="authModes"
        label={t('clusterCreate.authModes')}
        required
        dependencies={['aclEnabled']}
        rules={[contractRule(form, ['authModes'], translate)]}
        extra={t('clusterCreate.authModesHint')}
      >
        <Checkbox.Group
          options={AuthenticationModeSchema.options.map((mode) => ({
            value: mode,
            label: t(`clusterCreate.authModeLabels.${mode}`),
          }))}
        />
      </Form.Item>
      {modes.filter(isSasl).map((mode) => (
        <FirstUserFields key={mode} form={form} mode={mode} translate={translate} />
      ))}
      <Form.Item
        name="aclEnabled"
        label={t('clusterCreate.acl')}
        valuePropName="checked"
        extra={t('clusterCreate.aclHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="publicIpEnabled"
        label={t('clusterCreate.publicAccess')}
        valuePropName="checked"
        dependencies={['authModes']}
        rules={[contractRule(form, ['publicIpEnabled'], translate)]}
        extra={t('clusterCreate.publicAccessHint')}
      >
        <Switch />
      </Form.Item>
    </>
  )
}

/** The client user created with the cluster for one SASL mode: all three fields blank, or all filled. */
function FirstUserFields({
  form,
  mode,
  translate,
}: {
  form: FormInstance<WizardValues>
  mode: SaslMode
  translate: Translate
}) {
  const { t } = useTranslation()
  const title = t('clusterCreate.firstUser', { mode: t(`clusterCreate.authModeLabels.${mode}`) })
  const value = (field: 'username' | 'password') =>
    String(form.getFieldValue(['users', mode, field]) ?? '').trim()
  const neededWhen = (other: 'username' | 'password', message: string) => ({
    validator: async (_rule: unknown, own: unknown) => {
      if (!String(own ?? '').trim() && value(other)) throw new Error(message)
    },
  })
  const matches = {
    validator: async (_rule: unknown, confirm: unknown) => {
      if ((confirm ?? '') !== (form.getFieldValue(['users', mode, 'password']) ?? ''))
        throw new Error(t('clusterCreate.passwordMismatch'))
    },
  }
  return (
    <section aria-label={title}>
      <Card size="small" title={title} style={{ marginBottom: 24 }}>
        <Typography.Paragraph type="secondary">{t('clusterCreate.firstUserHint')}</Typography.Paragraph>
        <Flex gap={16} wrap>
          <Form.Item
            name={['users', mode, 'username']}
            label={t('clusterCreate.username')}
            validateFirst
            dependencies={[['users', mode, 'password']]}
            rules={[
              neededWhen('password', t('clusterCreate.usernameRequired')),
              zodRule(KafkaUsernameSchema.optional(), translate),
            ]}
            style={{ flex: '1 1 200px' }}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['users', mode, 'password']}
            label={t('clusterCreate.password')}
            validateFirst
            dependencies={[['users', mode, 'username']]}
            rules={[
              neededWhen('username', t('clusterCreate.passwordRequired')),
              zodRule(KafkaPasswordSchema.optional(), translate),
            ]}
            style={{ flex: '1 1 200px' }}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name={['users', mode, 'confirm']}
            label={t('clusterCreate.confirmPassword')}
            dependencies={[['users', mode, 'password']]}
            rules={[matches]}
            style={{ flex: '1 1 200px' }}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Flex>
      </Card>
    </section>
  )
}
