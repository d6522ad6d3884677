import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { allows, type Requirement } from '../../contract/permissions.ts'
import { type RouteName, routes } from '../../contract/routes.ts'
import { requirementOf } from '../auth/permissions.ts'
import type { AuthService, Principal } from '../modules/auth/auth.service.ts'
import type { AuditRepository } from '../store/audit-repository.ts'
import { ApiError } from './api-error.ts'
import { parseCookies } from './cookies.ts'

export const SESSION_COOKIE = 'ferry_session'
export const CSRF_COOKIE = 'ferry_csrf'
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request comes from; null before sign-in. */
    principal: Principal | null
  }
}

const routeNames = new Map(
  Object.entries(routes).map(([name, r]) => [`${r.method} ${r.path}`, name as RouteName]),
)

export interface RequestHookDeps {
  auth: AuthService
  audit: AuditRepository
  log: { error(obj: unknown, msg: string): void }
}

function authorize(request: FastifyRequest, requirement: Requirement) {
  if (requirement.kind === 'public') return
  const principal = request.principal
  if (!principal)
    throw new ApiError('UNAUTHENTICATED', 'Sign in first, or send an API token as a Bearer token.')
  if (principal.mustChangePassword && requirement.kind !== 'self')
    throw new ApiError('PASSWORD_CHANGE_REQUIRED', 'Choose your own password before anything else.')
  // A token cannot be sent by a browser on its own; a session cookie can, so its changes must prove their page.
  if (principal.via === 'session' && MUTATING.has(request.method)) {
    const sent = request.headers['x-csrf-token']
    if (sent !== principal.csrfToken)
      throw new ApiError(
        'CSRF_TOKEN_INVALID',
        'The request lacks the X-CSRF-Token of your session; reload the page.',
      )
  }
  const clusterId = (request.params as { clusterId?: string } | undefined)?.clusterId
  if (!allows(principal.grants, requirement, clusterId))
    throw new ApiError(
      'ACCESS_DENIED',
      `Your role (${principal.role.name}) does not allow this${clusterId ? ` on cluster ${clusterId}` : ''}.`,
    )
}

/** What the call acted on, for the audit trail: its path parameters, and the name it created. */
function targetOf(request: FastifyRequest): string {
  const params = Object.entries((request.params ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`)
  const body = (request.body ?? {}) as Record<string, unknown>
  const named = ['topicName', 'groupName', 'name', 'username'].find((k) => typeof body[k] === 'string')
  if (named && !params.some((p) => p.startsWith(`${named}=`))) params.push(`${named}=${body[named]}`)
  return params.join(' ')
}

function recordOnClose(
  request: FastifyRequest,
  reply: FastifyReply,
  route: RouteName | undefined,
  deps: RequestHookDeps,
) {
  // On close rather than onResponse: streamed answers (message queries) take over the socket and skip hooks.
  reply.raw.once('close', () => {
    const status = reply.raw.statusCode
    const body = (request.body ?? {}) as Record<string, unknown>
    // A sign-in is the attempt of the name it carries, whatever else the request carried.
    const login = route === 'login' && typeof body.username === 'string'
    const actor = login ? String(body.username) : (request.principal?.username ?? 'anonymous')
    const via = login ? 'password' : (request.principal?.via ?? 'none')
    deps.audit
      .append({
        actor,
        via,
        action: route ?? `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
        resource_type: route ? routes[route].tag : 'unknown',
        target: targetOf(request),
        cluster_id: (request.params as { clusterId?: string } | undefined)?.clusterId ?? null,
        request_id: request.id,
        outcome: status < 400 ? 'SUCCESS' : status === 401 || status === 403 ? 'DENIED' : 'FAILED',
        status,
        ip: request.ip,
      })
      .catch((err) => deps.log.error({ err }, 'writing the audit record failed'))
  })
}

/**
 * The single hook every request passes through: it tells who the caller is (session cookie or bearer
 * token), refuses what the caller's role does not allow, and writes one audit record for every call that is
 * not a read — allowed, refused or failed.
 */
export function installRequestHook(app: FastifyInstance, deps: RequestHookDeps): void {
  app.decorateRequest('principal', null)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    if (!/^\/v2(\/|$)/.test(request.url)) return
    const route = routeNames.get(`${request.method} ${request.routeOptions.url}`)
    if (MUTATING.has(request.method)) recordOnClose(request, reply, route, deps)
    const authorization = request.headers.authorization
    request.principal = await deps.auth.identify(
      parseCookies(request.headers.cookie)[SESSION_COOKIE],
      authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined,
    )
    authorize(request, requirementOf(route ?? ('' as RouteName), request.method))
  })
}
