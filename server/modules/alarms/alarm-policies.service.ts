import { ApiError } from '../../http/api-error.ts'
import type { AlarmChannelsRepository } from '../../store/alarm-channels-repository.ts'
import {
  type AlarmPolicy,
  type AlarmPolicyInput,
  alarmPoliciesRepository,
  type EvaluatedPolicy,
  NOT_EVALUATED,
} from '../../store/alarm-policies-repository.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { Db } from '../../store/database.ts'
import { sortableId } from '../../store/sortable-id.ts'
import type { AlarmEvaluator } from './alarm-evaluator.ts'
import { scopeProblems } from './alarm-scope.ts'

/** Refuses channel IDs that name no channel, on the field the form shows them in. */
export async function requireChannels(channels: AlarmChannelsRepository, channelIds: string[]) {
  const missing = await channels.missing(channelIds)
  if (missing.length > 0) {
    const message = `No channel with ID ${missing.join(', ')}.`
    throw new ApiError('ERROR_PARAMS', message, { channelIds: message })
  }
}

export async function requireCluster(clusters: ClustersRepository, clusterId: string) {
  if (!(await clusters.get(clusterId)))
    throw new ApiError('CLUSTER_NOT_FOUND', `No cluster with ID ${clusterId}.`)
}

const view = ({ pendingSince: _, ...policy }: EvaluatedPolicy): AlarmPolicy => policy

/** Whether a change leaves the policy watching the same series, so that an alarm it has open still stands. */
const sameTarget = (a: AlarmPolicyInput, b: AlarmPolicyInput) =>
  a.clusterId === b.clusterId &&
  a.metric === b.metric &&
  a.scope.level === b.scope.level &&
  a.scope.value === b.scope.value

export function alarmPoliciesService({
  db,
  clusters,
  channels,
  evaluator,
}: {
  db: Db
  clusters: ClustersRepository
  channels: AlarmChannelsRepository
  evaluator: AlarmEvaluator
}) {
  const policies = alarmPoliciesRepository(db)

  async function validate(input: AlarmPolicyInput) {
    const problems = scopeProblems(input.metric, input.scope)
    if (problems) throw new ApiError('ERROR_PARAMS', Object.values(problems).join(' '), problems)
    await requireCluster(clusters, input.clusterId)
    await requireChannels(channels, input.channelIds)
  }

  async function find(policyId: string): Promise<EvaluatedPolicy> {
    const policy = await policies.get(policyId)
    if (!policy) throw new ApiError('NOT_FOUND', `No alarm policy with ID ${policyId}.`)
    return policy
  }

  return {
    async list(query: Parameters<typeof policies.page>[0]) {
      const page = await policies.page(query)
      return { ...page, policies: page.policies.map(view) }
    },

    get: async (policyId: string) => view(await find(policyId)),

    async create(input: AlarmPolicyInput) {
      await validate(input)
      const policyId = sortableId()
      await evaluator.exclusive(() => policies.insert(policyId, input, new Date().toISOString()))
      return view(await find(policyId))
    },

    /**
     * Its standing starts over. An alarm it has open stays open for the next evaluation to keep or resolve,
     * unless the policy now watches something else or is disabled: then it resolves now.
     */
    async update(policyId: string, input: AlarmPolicyInput) {
      await validate(input)
      await evaluator.exclusive(async () => {
        const current = await find(policyId)
        if (!input.enabled || !sameTarget(current, input)) await evaluator.resolveOpen(current)
        await policies.update(policyId, input, NOT_EVALUATED)
      })
      return view(await find(policyId))
    },

    /** Its history stays; an alarm it has open resolves. */
    async delete(policyId: string): Promise<null> {
      await evaluator.exclusive(async () => {
        const current = await find(policyId)
        await evaluator.resolveOpen(current)
        await policies.delete(policyId)
      })
      return null
    },
  }
}

export type AlarmPoliciesService = ReturnType<typeof alarmPoliciesService>
