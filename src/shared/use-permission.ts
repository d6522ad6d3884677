import { allows, type Requirement } from '../../contract/permissions.ts'
import { useSession } from './session.ts'

/**
 * Whether the signed-in role meets a requirement, by the server's own rule: the console leaves out or greys
 * what would be refused. The server still decides; this only spares the reader a button that answers 403.
 */
export function usePermission(requirement: Requirement, clusterId?: string): boolean {
  const session = useSession()
  return session !== undefined && allows(session.role.grants, requirement, clusterId)
}
