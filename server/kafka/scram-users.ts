import {
  alterUserScramCredentialsV0,
  describeUserScramCredentialsV0,
  ScramMechanisms,
} from '@platformatic/kafka'
import type { KafkaAdmin } from './admin-pool.ts'
import { anyBrokerConnection, responseOf } from './broker-connection.ts'
import { type ScramMechanism, scramCredential } from './scram-credentials.ts'

const MECHANISMS: Record<ScramMechanism, number> = {
  'SCRAM-SHA-256': ScramMechanisms.SCRAM_SHA_256,
  'SCRAM-SHA-512': ScramMechanisms.SCRAM_SHA_512,
}

const mechanismOf = (wire: number) =>
  (Object.keys(MECHANISMS) as ScramMechanism[]).find((m) => MECHANISMS[m] === wire)

/** A refusal of the brokers for one user, e.g. a credential the cluster will not take. */
export class ScramUserError extends Error {
  constructor(
    readonly user: string,
    readonly errorCode: number,
    message: string,
  ) {
    super(message)
    this.name = 'ScramUserError'
  }
}

/** Every SCRAM user of the cluster with the mechanisms it has credentials for. */
export async function describeScramUsers(admin: KafkaAdmin): Promise<Map<string, ScramMechanism[]>> {
  const connection = await anyBrokerConnection(admin)
  type Response = Awaited<ReturnType<typeof describeUserScramCredentialsV0.api.async>>
  let response: Response
  try {
    // A null list asks for every user.
    response = await describeUserScramCredentialsV0.api.async(
      connection,
      null as unknown as Parameters<typeof describeUserScramCredentialsV0.api.async>[1],
    )
  } catch (err) {
    const partial = responseOf<Response>(err)
    if (partial?.errorCode !== 0) throw err
    response = partial
  }
  const users = new Map<string, ScramMechanism[]>()
  for (const result of response.results) {
    if (result.errorCode !== 0) continue
    const mechanisms = result.credentialInfos.flatMap((c) => mechanismOf(c.mechanism) ?? [])
    if (mechanisms.length > 0) users.set(result.user, mechanisms.sort())
  }
  return users
}

/**
 * Sets the user's password for each mechanism (creating the user when it has none) and removes its
 * credentials for `remove`, in one request that the brokers pass to the controller. Only the salted password
 * travels; Kafka refuses the whole request for the user if one change is refused.
 */
export async function alterScramUser(
  admin: KafkaAdmin,
  user: string,
  {
    upsert = [],
    remove = [],
    password,
  }: { upsert?: ScramMechanism[]; remove?: ScramMechanism[]; password?: string },
): Promise<void> {
  if (upsert.length > 0 && password === undefined) throw new Error('a SCRAM credential needs a password')
  const connection = await anyBrokerConnection(admin)
  type Response = Awaited<ReturnType<typeof alterUserScramCredentialsV0.api.async>>
  try {
    await alterUserScramCredentialsV0.api.async(
      connection,
      remove.map((m) => ({ name: user, mechanism: MECHANISMS[m] })),
      upsert.map((m) => {
        const credential = scramCredential(password as string, m)
        return {
          name: user,
          mechanism: MECHANISMS[m],
          iterations: credential.iterations,
          salt: credential.salt,
          saltedPassword: credential.saltedPassword,
        }
      }),
    )
  } catch (err) {
    const failed = responseOf<Response>(err)?.results.find((r) => r.errorCode !== 0)
    if (!failed) throw err
    throw new ScramUserError(
      failed.user,
      failed.errorCode,
      failed.errorMessage ?? `Kafka error ${failed.errorCode}`,
    )
  }
}
