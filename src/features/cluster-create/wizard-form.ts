import type { z } from 'zod'
import {
  type CreateLocalClusterInput,
  CreateLocalClusterSchema,
  type LocalCatalogue,
} from '../../../contract/cluster-create.ts'
import type { AuthenticationModeSchema } from '../../../contract/clusters.ts'

export type NamePath = Array<string | number>
type AuthenticationMode = z.infer<typeof AuthenticationModeSchema>

export type SaslMode = 'SASL_SCRAM' | 'SASL_PLAIN'
export const saslModes: readonly SaslMode[] = ['SASL_SCRAM', 'SASL_PLAIN']
export const isSasl = (mode: string): mode is SaslMode => (saslModes as readonly string[]).includes(mode)

export const retentionTimeUnits = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const
export type RetentionTimeUnit = keyof typeof retentionTimeUnits
export const retentionSizeUnits = { MiB: 1024 ** 2, GiB: 1024 ** 3 } as const
export type RetentionSizeUnit = keyof typeof retentionSizeUnits

export interface FirstUser {
  username?: string
  password?: string
  confirm?: string
}

/** The wizard's one form, across all steps. Numbers are null while their box is empty. */
export interface WizardValues {
  name?: string
  kafkaVersion?: string
  configOverrides?: Array<{ key?: string; value?: string }>
  mode: 'HP' | 'HA'
  logicalZones?: string[]
  nodeType?: string
  nodesPerZone?: number | null
  storageSize?: number | null
  storagePolicyEnabled?: boolean
  thresholdPercent?: number | null
  retentionTime?: number | null
  retentionTimeUnit?: RetentionTimeUnit
  retentionSize?: number | null
  retentionSizeUnit?: RetentionSizeUnit
  authModes?: AuthenticationMode[]
  users?: Partial<Record<SaslMode, FirstUser>>
  aclEnabled?: boolean
  publicIpEnabled?: boolean
  tags?: Array<{ tagKey?: string; tagValue?: string }>
}

/** The reference console's default tag row. */
export const defaultTag = { tagKey: 'KAFKA-Cluster', tagValue: '' }

/** A new cluster's starting point: three zones of the smallest spec, the layout the reference recommends. */
export function initialValues(catalogue: LocalCatalogue): WizardValues {
  return {
    name: '',
    kafkaVersion: catalogue.kafkaVersions.find((v) => v.available)?.version,
    configOverrides: [],
    mode: catalogue.zones.length >= 2 ? 'HA' : 'HP',
    logicalZones: catalogue.zones.slice(0, catalogue.zones.length >= 2 ? 3 : 1),
    nodeType: catalogue.nodeTypes[0]?.nodeType,
    nodesPerZone: 1,
    storageSize: 20,
    storagePolicyEnabled: false,
    // The watermark defaults: 75 %, keep at least an hour and 128 MiB of each partition.
    thresholdPercent: 75,
    retentionTime: 1,
    retentionTimeUnit: 'hours',
    retentionSize: 128,
    retentionSizeUnit: 'MiB',
    authModes: ['NONE'],
    users: {},
    aclEnabled: false,
    publicIpEnabled: false,
    tags: [defaultTag],
  }
}

/** Zones a mode keeps when the user switches to it: one for HP, all offered (up to 3) for HA. */
export function zonesForMode(mode: 'HP' | 'HA', current: string[], offered: string[]): string[] {
  if (mode === 'HP') return current.slice(0, 1).length ? current.slice(0, 1) : offered.slice(0, 1)
  return current.length >= 2 ? current : offered.slice(0, 3)
}

export const retentionMs = (values: WizardValues) =>
  Math.round((values.retentionTime ?? 0) * retentionTimeUnits[values.retentionTimeUnit ?? 'hours'])

export const retentionBytes = (values: WizardValues) =>
  Math.round((values.retentionSize ?? 0) * retentionSizeUnits[values.retentionSizeUnit ?? 'MiB'])

/** Free memory and disk as the catalogue measured them, for reading: one decimal at most. */
export const roughly = (value: number) => Math.round(value * 10) / 10

export function totalNodes(values: Pick<WizardValues, 'nodesPerZone' | 'logicalZones'>): number {
  return (values.nodesPerZone ?? 0) * (values.logicalZones?.length ?? 0)
}

/**
 * The request body. Missing numbers become 0 and missing text '' so that the contract reports each as a
 * plain field problem and still runs its cross-field rules, which it skips when a value has the wrong type.
 */
export function toBody(values: WizardValues): CreateLocalClusterInput {
  const zones = values.logicalZones ?? []
  const overrides = (values.configOverrides ?? []).filter((row) => row.key?.trim())
  return {
    provider: 'local',
    name: values.name?.trim() ?? '',
    mode: values.mode,
    type: 'PROVISIONED',
    provisioned: {
      kafkaVersion: values.kafkaVersion ?? '',
      nodeType: values.nodeType ?? '',
      logicalZones: zones,
      numberOfBrokerNodesPerZone: values.nodesPerZone ?? 0,
      numberOfBrokerNodes: totalNodes(values),
      storageMeta: { storageType: 'LOCAL_DISK', storageSize: values.storageSize ?? 0, numberOfDisk: 1 },
      authentications: (values.authModes ?? []).map((mode) => {
        const user = isSasl(mode) ? values.users?.[mode] : undefined
        return user?.username?.trim()
          ? { mode, context: { username: user.username.trim(), password: user.password ?? '' } }
          : { mode }
      }),
      aclEnabled: values.aclEnabled ?? false,
      publicIpEnabled: values.publicIpEnabled ?? false,
      storagePolicyEnabled: values.storagePolicyEnabled ?? false,
      storagePolicy: values.storagePolicyEnabled
        ? {
            type: 'AUTO_DELETE',
            autoDelete: {
              diskUsedThresholdPercent: values.thresholdPercent ?? 0,
              logMinRetentionMs: retentionMs(values),
              logMinRetentionBytes: retentionBytes(values),
            },
          }
        : undefined,
      configMeta: {
        context: Object.fromEntries(overrides.map((row) => [row.key?.trim() ?? '', row.value ?? ''])),
      },
    },
    tags: (values.tags ?? []).map((tag) => ({
      tagKey: tag.tagKey?.trim() ?? '',
      tagValue: tag.tagValue ?? '',
    })),
  }
}

const direct: Record<string, NamePath> = {
  name: ['name'],
  mode: ['logicalZones'],
  'provisioned.kafkaVersion': ['kafkaVersion'],
  'provisioned.nodeType': ['nodeType'],
  'provisioned.logicalZones': ['logicalZones'],
  'provisioned.numberOfBrokerNodesPerZone': ['nodesPerZone'],
  'provisioned.numberOfBrokerNodes': ['nodesPerZone'],
  'provisioned.storageMeta': ['storageSize'],
  'provisioned.storagePolicyEnabled': ['storagePolicyEnabled'],
  'provisioned.storagePolicy': ['storagePolicyEnabled'],
  'provisioned.storagePolicy.autoDelete.diskUsedThresholdPercent': ['thresholdPercent'],
  'provisioned.storagePolicy.autoDelete.logMinRetentionMs': ['retentionTime'],
  'provisioned.storagePolicy.autoDelete.logMinRetentionBytes': ['retentionSize'],
  'provisioned.authentications': ['authModes'],
  'provisioned.aclEnabled': ['aclEnabled'],
  'provisioned.publicIpEnabled': ['publicIpEnabled'],
  'provisioned.configMeta': ['configOverrides'],
  'provisioned.configMeta.context': ['configOverrides'],
  tags: ['tags'],
}

const configKeyPrefix = 'provisioned.configMeta.context.'

/**
 * The form field that shows a problem the server (or the contract) reports at a body path, e.g.
 * `provisioned.authentications.0.context.password` → `['users', 'SASL_SCRAM', 'password']`.
 * Undefined when no field holds it.
 */
export function formNameOf(bodyPath: string, values: WizardValues): NamePath | undefined {
  if (bodyPath.startsWith(configKeyPrefix)) {
    const key = bodyPath.slice(configKeyPrefix.length)
    const row = (values.configOverrides ?? []).findIndex((r) => r.key?.trim() === key)
    return row >= 0 ? ['configOverrides', row, 'key'] : undefined
  }
  const exact = direct[bodyPath]
  if (exact) return exact
  const parts = bodyPath.split('.')
  if (bodyPath.startsWith('provisioned.storageMeta.')) return ['storageSize']
  if (bodyPath.startsWith('provisioned.logicalZones.')) return ['logicalZones']
  if (parts[0] === 'tags' && parts.length >= 2) {
    const row = Number(parts[1])
    return parts[2] === 'tagKey' || parts[2] === 'tagValue' ? ['tags', row, parts[2]] : ['tags']
  }
  if (parts[0] === 'provisioned' && parts[1] === 'authentications') {
    const mode = values.authModes?.[Number(parts[2])]
    if (parts[3] !== 'context' || !mode || !isSasl(mode)) return ['authModes']
    return ['users', mode, parts[4] === 'password' ? 'password' : 'username']
  }
  return undefined
}

const sameName = (a: NamePath, b: NamePath) => a.length === b.length && a.every((part, i) => part === b[i])

/** The contract's first complaint about the whole body that lands on this form field, if any. */
export function contractIssueAt(values: WizardValues, name: NamePath): string | undefined {
  const result = CreateLocalClusterSchema.safeParse(toBody(values))
  if (result.success) return undefined
  return result.error.issues.find((issue) => {
    const target = formNameOf(issue.path.map(String).join('.'), values)
    return target !== undefined && sameName(target, name)
  })?.message
}

export const wizardSteps = [
  { key: 'basics', fields: ['name', 'kafkaVersion', 'configOverrides'] },
  { key: 'deployment', fields: ['mode', 'logicalZones', 'nodeType', 'nodesPerZone'] },
  {
    key: 'storage',
    fields: [
      'storageSize',
      'storagePolicyEnabled',
      'thresholdPercent',
      'retentionTime',
      'retentionTimeUnit',
      'retentionSize',
      'retentionSizeUnit',
    ],
  },
  { key: 'access', fields: ['authModes', 'users', 'aclEnabled', 'publicIpEnabled'] },
  { key: 'tags', fields: ['tags'] },
  { key: 'confirm', fields: [] },
] as const satisfies ReadonlyArray<{ key: string; fields: ReadonlyArray<keyof WizardValues> }>

export type WizardStepKey = (typeof wizardSteps)[number]['key']

/** The step holding a form field. */
export function stepOf(name: NamePath): number {
  const index = wizardSteps.findIndex((step) => (step.fields as readonly string[]).includes(String(name[0])))
  return index >= 0 ? index : wizardSteps.length - 1
}

/**
 * The server's field errors re-keyed by the form field that shows each (dotted, as `applyFieldErrors` takes
 * them), and those no field can show, under their server path.
 */
export function mapServerFields(
  fields: Record<string, string>,
  values: WizardValues,
): { byFormPath: Record<string, string>; unplaced: Record<string, string> } {
  const byFormPath: Record<string, string> = {}
  const unplaced: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields)) {
    const name = formNameOf(path, values)
    if (name) byFormPath[name.join('.')] ??= message
    else unplaced[path] = message
  }
  return { byFormPath, unplaced }
}
