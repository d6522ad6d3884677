import type { ClusterEvent } from '../../../contract/events.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { EventPoliciesRepository, EventPolicy } from '../../store/event-policies-repository.ts'
import type { ChannelRecipients } from './channel-recipients.ts'
import { eventBody } from './webhook-body.ts'
import type { WebhookNotifier } from './webhook-notifier.ts'

/** Empty lists match everything: a policy with no levels forwards every level. */
function matches(policy: EventPolicy, event: ClusterEvent): boolean {
  return (
    policy.enabled &&
    (policy.clusterId === null || policy.clusterId === event.clusterId) &&
    (policy.levels.length === 0 || policy.levels.includes(event.level)) &&
    (policy.eventTypes.length === 0 || policy.eventTypes.includes(event.type))
  )
}

/** Sends each recorded event to the channels of the event policies it matches. */
export function eventForwarder(deps: {
  policies: EventPoliciesRepository
  clusters: ClustersRepository
  recipients: ChannelRecipients
  notifier: WebhookNotifier
  log: { error(obj: unknown, msg: string): void }
}) {
  async function forward(event: ClusterEvent) {
    const matching = (await deps.policies.all()).filter((p) => matches(p, event))
    if (matching.length === 0) return
    const clusterName = (await deps.clusters.get(event.clusterId))?.name ?? null
    for (const policy of matching)
      deps.notifier.send(await deps.recipients(policy.channelIds), eventBody(event, policy, clusterName))
  }

  /** For the events repository's listener: returns at once and never throws into the code recording the event. */
  return (event: ClusterEvent): void => {
    forward(event).catch((err) => deps.log.error(err, `Forwarding event ${event.type} failed`))
  }
}
