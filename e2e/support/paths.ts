import { join, resolve } from 'node:path'

/** Everything an e2e run writes; `npm test` empties it before each run. */
export const e2eDataDir = resolve('.e2e-data')
export const saslClusterFile = join(e2eDataDir, 'sasl-cluster.json')
