import { useQuery } from '@tanstack/react-query'
import { Alert, App, Breadcrumb, Button, Card, Flex, Form, Skeleton, Space, Steps, Typography } from 'antd'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { LocalCatalogue } from '../../../contract/cluster-create.ts'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { applyFieldErrors, toNamePath } from '../../shared/form-errors.ts'
import { AccessStep } from './access-step.tsx'
import { localCatalogueQuery, newIdempotencyKey, useCreateLocalCluster } from './api.ts'
import { BasicsStep } from './basics-step.tsx'
import { ConfirmStep } from './confirm-step.tsx'
import { DeploymentStep } from './deployment-step.tsx'
import { StorageStep } from './storage-step.tsx'
import { TagsStep } from './tags-step.tsx'
import {
  initialValues,
  mapServerFields,
  stepOf,
  toBody,
  type WizardStepKey,
  type WizardValues,
  wizardSteps,
} from './wizard-form.ts'
import { useWizardMessage } from './wizard-rules.ts'

interface Failure {
  message: string
  requestId: string
  /** Server field paths no form field could show. */
  fields: Record<string, string>
}

/** 创建集群: a new cluster Ferry runs on this machine, in six steps of one form. */
export function CreateClusterWizard() {
  const { t } = useTranslation()
  const catalogue = useQuery(localCatalogueQuery())
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/clusters">{t('nav.clusterList')}</Link> },
          { title: t('clusterCreate.title') },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('clusterCreate.title')}
      </Typography.Title>
      {catalogue.isError && <ErrorAlert error={catalogue.error} onRetry={() => catalogue.refetch()} />}
      {catalogue.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {catalogue.data && <Wizard catalogue={catalogue.data} />}
    </Space>
  )
}

function Wizard({ catalogue }: { catalogue: LocalCatalogue }) {
  const { t } = useTranslation()
  const translate = useWizardMessage()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<WizardValues>()
  const [initial] = useState(() => initialValues(catalogue))
  // One key per visit of the wizard: a submit retried after a lost answer cannot make a second cluster.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const create = useCreateLocalCluster(idempotencyKey)
  const [current, setCurrent] = useState(0)
  const [failedSteps, setFailedSteps] = useState<number[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const last = wizardSteps.length - 1

  const validateStep = async (index: number) => {
    const fields = wizardSteps[index]?.fields ?? []
    try {
      await form.validateFields(
        fields.map((field) => [field]),
        { recursive: true },
      )
      setFailedSteps((steps) => steps.filter((step) => step !== index))
      return true
    } catch {
      return false
    }
  }

  /** Back is free; forward passes each step on the way only once it is valid. */
  const goTo = async (target: number) => {
    for (let step = current; step < target; step++) {
      if (!(await validateStep(step))) {
        setCurrent(step)
        return false
      }
    }
    setCurrent(target)
    return true
  }

  const submit = async () => {
    // Each step was checked on the way here; a server error left on a field since must not slip through.
    for (let step = 0; step < last; step++) {
      if (!(await validateStep(step))) {
        setCurrent(step)
        return
      }
    }
    setFailure(null)
    const values = form.getFieldsValue(true) as WizardValues
    try {
      const result = await create.mutateAsync(toBody(values))
      message.success(t('clusterCreate.created', { name: values.name?.trim() }))
      navigate(`/clusters/${encodeURIComponent(result.clusterId)}`)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const { byFormPath, unplaced } = mapServerFields(error.fields, values)
      const notShown = applyFieldErrors(
        form,
        new ApiError({ code: error.code, message: error.message, status: error.status, fields: byFormPath }),
        translate,
      )
      const shownSteps = Object.keys(byFormPath)
        .filter((path) => !(path in notShown))
        .map((path) => stepOf(toNamePath(path)))
      const rest = { ...unplaced, ...notShown }
      if (shownSteps.length > 0) {
        setFailedSteps([...new Set(shownSteps)])
        setCurrent(Math.min(...shownSteps))
      }
      // A field in red already says what is wrong; the banner holds the rest.
      if (shownSteps.length === 0 || Object.keys(rest).length > 0)
        setFailure({ message: error.message, requestId: error.requestId, fields: rest })
    }
  }

  const panels: Record<WizardStepKey, ReactNode> = {
    basics: <BasicsStep form={form} catalogue={catalogue} translate={translate} />,
    deployment: <DeploymentStep form={form} catalogue={catalogue} translate={translate} />,
    storage: <StorageStep form={form} catalogue={catalogue} translate={translate} />,
    access: <AccessStep form={form} translate={translate} />,
    tags: <TagsStep form={form} translate={translate} />,
    // Nothing changes while the summary is shown, so it reads the values as it renders.
    confirm: current === last && (
      <ConfirmStep
        values={form.getFieldsValue(true) as WizardValues}
        catalogue={catalogue}
        onEdit={(step) => setCurrent(step)}
      />
    ),
  }

  return (
    <Card>
      <Steps
        current={current}
        onChange={(step) => void goTo(step)}
        items={wizardSteps.map((step, index) => ({
          title: t(`clusterCreate.steps.${step.key}`),
          status: failedSteps.includes(index) && index !== current ? 'error' : undefined,
        }))}
        style={{ marginBottom: 32 }}
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFailure(null)}
          style={{ marginBottom: 24 }}
          message={t('clusterCreate.failed')}
          description={
            <>
              <div>{failure.message}</div>
              {Object.entries(failure.fields).map(([path, problem]) => (
                <div key={path}>
                  {path}: {translate(problem)}
                </div>
              ))}
              {failure.requestId && (
                <Typography.Text type="secondary">
                  {t('common.requestId', { id: failure.requestId })}
                </Typography.Text>
              )}
            </>
          }
          data-testid="create-cluster-error"
        />
      )}
      {/* One form across the steps; the steps not shown stay mounted so their values and errors live on. */}
      <Form<WizardValues>
        form={form}
        name="create-cluster"
        layout="vertical"
        initialValues={initial}
        component={false}
        requiredMark
        onValuesChange={() => failure && setFailure(null)}
      >
        {wizardSteps.map((step, index) => (
          <div key={step.key} hidden={index !== current} data-testid={`step-${step.key}`}>
            {panels[step.key]}
          </div>
        ))}
      </Form>
      <Flex justify="space-between" style={{ marginTop: 24 }}>
        <Button onClick={() => navigate('/clusters')} disabled={create.isPending}>
          {t('common.cancel')}
        </Button>
        <Space>
          {current > 0 && (
            <Button onClick={() => setCurrent(current - 1)} disabled={create.isPending}>
              {t('clusterCreate.back')}
            </Button>
          )}
          {current < last ? (
            <Button type="primary" onClick={() => void goTo(current + 1)}>
              {t('clusterCreate.next')}
            </Button>
          ) : (
            <Button type="primary" onClick={() => void submit()} loading={create.isPending}>
              {t('clusterCreate.create')}
            </Button>
          )}
        </Space>
      </Flex>
    </Card>
  )
}
