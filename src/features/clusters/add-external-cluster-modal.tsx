import { Alert, App, Form, Input, Modal, Radio, Select, Spin, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import {
  RegisterExternalClusterSchema,
  SaslMechanismSchema,
  SecurityProtocolSchema,
} from '../../../contract/clusters.ts'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { useRegisterCluster } from './api.ts'
import { type RegisterClusterForm, registerClusterBody, usesSasl, usesTls } from './register-cluster-body.ts'

const fields = RegisterExternalClusterSchema.shape
const initialValues: Partial<RegisterClusterForm> = { securityProtocol: 'PLAINTEXT' }

/** Registers a cluster Ferry did not deploy. The server connects to it before saving it. */
export function AddExternalClusterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<RegisterClusterForm>()
  const protocol = Form.useWatch('securityProtocol', form) ?? 'PLAINTEXT'
  const register = useRegisterCluster()
  const [failure, setFailure] = useState<ApiError | null>(null)

  const close = () => {
    form.resetFields()
    setFailure(null)
    register.reset()
    onClose()
  }

  const submit = async (values: RegisterClusterForm) => {
    setFailure(null)
    try {
      const result = await register.mutateAsync(registerClusterBody(values))
      message.success(t('addCluster.saved', { name: result.cluster.name }))
      close()
      navigate(`/clusters/${encodeURIComponent(result.clusterId)}`)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const leftOver = applyFieldErrors(form, error, translate)
      // A named field already shows the problem in red; only what has no field goes in the banner.
      if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0) setFailure(error)
    }
  }

  const required = (message: string) => ({ required: true, message })

  return (
    <Modal
      open={open}
      title={t('addCluster.title')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('addCluster.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={register.isPending}
      closable={!register.isPending}
      maskClosable={false}
      cancelButtonProps={{ disabled: register.isPending }}
      width={640}
      destroyOnHidden
    >
      <Spin spinning={register.isPending} tip={t('addCluster.connecting')}>
        <Typography.Paragraph type="secondary">{t('addCluster.intro')}</Typography.Paragraph>
        {failure && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('addCluster.failed')}
            description={
              <>
                <div>{failure.message}</div>
                {failure.requestId && (
                  <Typography.Text type="secondary">
                    {t('common.requestId', { id: failure.requestId })}
                  </Typography.Text>
                )}
              </>
            }
            data-testid="add-cluster-error"
          />
        )}
        <Form<RegisterClusterForm>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={submit}
          onValuesChange={() => failure && setFailure(null)}
          requiredMark
          name="add-external-cluster"
        >
          <Form.Item
            name="name"
            label={t('addCluster.name')}
            required
            rules={[zodRule(fields.name, translate)]}
          >
            <Input placeholder="orders-prod" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="bootstrapServers"
            label={t('addCluster.bootstrapServers')}
            extra={t('addCluster.bootstrapServersHint')}
            required
            rules={[zodRule(fields.bootstrapServers, translate)]}
          >
            <Input placeholder="10.0.0.5:9092,10.0.0.6:9092" autoComplete="off" />
          </Form.Item>
          <Form.Item name="securityProtocol" label={t('addCluster.securityProtocol')} required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={SecurityProtocolSchema.options.map((value) => ({ value, label: value }))}
            />
          </Form.Item>
          {usesSasl(protocol) && (
            <>
              <Form.Item
                name="saslMechanism"
                label={t('addCluster.saslMechanism')}
                rules={[required(t('addCluster.saslMechanismRequired'))]}
              >
                <Select
                  // Short list: without virtual scrolling every option carries role=option.
                  virtual={false}
                  placeholder={t('addCluster.saslMechanismPlaceholder')}
                  options={SaslMechanismSchema.options.map((value) => ({ value, label: value }))}
                />
              </Form.Item>
              <Form.Item
                name="username"
                label={t('addCluster.username')}
                rules={[required(t('addCluster.usernameRequired')), zodRule(fields.username, translate)]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('addCluster.password')}
                rules={[required(t('addCluster.passwordRequired')), zodRule(fields.password, translate)]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          )}
          {usesTls(protocol) && (
            <Form.Item
              name="caCertificate"
              label={t('addCluster.caCertificate')}
              extra={t('addCluster.caCertificateHint')}
              rules={[zodRule(fields.caCertificate, translate)]}
            >
              <Input.TextArea
                rows={5}
                placeholder={'-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----'}
                style={{ fontFamily: 'monospace' }}
                spellCheck={false}
              />
            </Form.Item>
          )}
        </Form>
      </Spin>
    </Modal>
  )
}
