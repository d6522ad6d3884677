import type { AlarmChannelsRepository } from '../../store/alarm-channels-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import type { Recipient } from './webhook-notifier.ts'

/** The channels a policy names, with their tokens opened for sending; a channel deleted since is skipped. */
export function channelRecipients(channels: AlarmChannelsRepository, secrets: SecretBox) {
  return async (channelIds: string[]): Promise<Recipient[]> => {
    const found = await Promise.all(channelIds.map((id) => channels.get(id)))
    return found
      .filter((c) => c !== undefined)
      .map((c) => ({
        channelId: c.channelId,
        name: c.name,
        url: c.url,
        token: c.tokenSealed === null ? null : secrets.open(c.tokenSealed),
      }))
  }
}

export type ChannelRecipients = ReturnType<typeof channelRecipients>
