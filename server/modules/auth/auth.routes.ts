import type { FastifyInstance, FastifyRequest } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { ApiError } from '../../http/api-error.ts'
import { sessionCookie } from '../../http/cookies.ts'
import { CSRF_COOKIE, SESSION_COOKIE } from '../../http/request-hook.ts'
import { mountRoute } from '../../http/route.ts'
import type { AccountsService } from './accounts.service.ts'
import type { AuthService, Principal } from './auth.service.ts'
import type { TokensService } from './tokens.service.ts'

/** The request hook has made sure there is one on every route but login. */
function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError('UNAUTHENTICATED', 'Sign in first.')
  return request.principal
}

/** The session cookie, and the CSRF token's beside it for the console's script to echo back. */
function cookies(request: FastifyRequest, session: string, csrf: string, maxAgeSeconds: number) {
  const secure = request.protocol === 'https'
  return [
    sessionCookie(SESSION_COOKIE, session, { maxAgeSeconds, secure }),
    sessionCookie(CSRF_COOKIE, csrf, { maxAgeSeconds, secure, readableByScript: true }),
  ]
}

export function authRoutes(
  app: FastifyInstance,
  { auth, accounts, tokens }: { auth: AuthService; accounts: AccountsService; tokens: TokensService },
): void {
  mountRoute(app, routes.login, async ({ body }, { request, reply }) => {
    const { cookie, session, maxAgeSeconds } = await auth.login(body.username, body.password, request.ip)
    reply.header('set-cookie', cookies(request, cookie, session.csrfToken, maxAgeSeconds))
    return session
  })
  mountRoute(app, routes.logout, async (_, { request, reply }) => {
    await auth.logout(principalOf(request))
    reply.header('set-cookie', cookies(request, '', '', 0))
    return null
  })
  mountRoute(app, routes.getSession, async (_, { request }) => auth.session(principalOf(request)))
  mountRoute(app, routes.changePassword, async ({ body }, { request }) => {
    await auth.changePassword(principalOf(request), body.currentPassword, body.newPassword)
    return null
  })
  mountRoute(app, routes.listApiTokens, async (_, { request }) => tokens.list(principalOf(request)))
  mountRoute(app, routes.createApiToken, async ({ body }, { request }) =>
    tokens.create(principalOf(request), body),
  )
  mountRoute(app, routes.revokeApiToken, async ({ params }, { request }) =>
    tokens.revoke(principalOf(request), params.tokenId),
  )
  mountRoute(app, routes.listAccounts, () => accounts.list())
  mountRoute(app, routes.createAccount, ({ body }) => accounts.create(body))
  mountRoute(app, routes.updateAccount, ({ params, body }) => accounts.update(params.username, body))
  mountRoute(app, routes.resetAccountPassword, ({ params, body }) =>
    accounts.resetPassword(params.username, body.password),
  )
  mountRoute(app, routes.deleteAccount, ({ params }) => accounts.remove(params.username))
  mountRoute(app, routes.listRoles, () => accounts.roles())
  mountRoute(app, routes.createRole, ({ body }) => accounts.createRole(body))
  mountRoute(app, routes.updateRole, ({ params, body }) => accounts.updateRole(params.roleId, body))
  mountRoute(app, routes.deleteRole, ({ params }) => accounts.removeRole(params.roleId))
}
