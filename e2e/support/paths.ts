import { join, resolve } from 'node:path'

/** Everything an e2e run writes; `npm test` empties it before each run. */
export const e2eDataDir = resolve('.e2e-data')
export const saslClusterFile = join(e2eDataDir, 'sasl-cluster.json')
/** The administrator's signed-in browser state, and an API token for the specs' own calls. */
export const storageStateFile = join(e2eDataDir, 'admin-state.json')
export const apiTokenFile = join(e2eDataDir, 'admin-token')
/** FERRY_ADMIN_PASSWORD of the e2e server. */
export const e2eAdminPassword = 'ferry-e2e-admin-Pa55'
