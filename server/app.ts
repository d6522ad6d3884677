import { existsSync } from 'node:fs'
import { join } from 'node:path'
import helmet from '@fastify/helmet'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyBaseLogger } from 'fastify'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import { apiNotFound, installErrorHandling } from './http/error-handler.ts'
import { installRequestHook } from './http/request-hook.ts'
import { aclsRoutes } from './modules/acls/acls.routes.ts'
import { alarmsRoutes } from './modules/alarms/alarms.routes.ts'
import { auditRoutes } from './modules/audit/audit.routes.ts'
import { authRoutes } from './modules/auth/auth.routes.ts'
import { clustersRoutes, nodeLogsRoutes } from './modules/clusters/clusters.routes.ts'
import { consumerGroupsRoutes } from './modules/consumer-groups/consumer-groups.routes.ts'
import { jobsRoutes } from './modules/jobs/jobs.routes.ts'
import { kafkaUsersRoutes } from './modules/kafka-users/kafka-users.routes.ts'
import { messagesRoutes } from './modules/messages/messages.routes.ts'
import { metricsRoutes } from './modules/metrics/metrics.routes.ts'
import { topicsRoutes } from './modules/topics/topics.routes.ts'
import type { Services } from './services.ts'

export interface AppDeps {
  services: Services
  /** Resolves when the store answers and the engines run; rejects with what is not ready. */
  ready: () => Promise<void>
  /** The built console; not served when absent (API-only tests, `npm run dev`). */
  staticDir?: string
  /** Ferry's pino logger; tests leave it out and run quiet. */
  logger?: FastifyBaseLogger
}

export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Registering an external cluster waits on its brokers; leave room for that.
    connectionTimeout: 60_000,
    bodyLimit: 1024 * 1024,
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandling(app)
  installRequestHook(app, { auth: deps.services.auth, audit: deps.services.audit, log: app.log })

  await app.register(helmet, {
    contentSecurityPolicy: {
      // No helmet defaults: they add upgrade-insecure-requests, which breaks a console served over plain http.
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its CSS-in-JS into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  })

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Ferry management API',
        version: '2',
        description:
          'Everything the Ferry console does goes through this API. Errors answer `{code, message, requestId, fields?}`.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(swaggerUi, { routePrefix: '/v2/docs', staticCSP: true })

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }))
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.ready()
      return { status: 'ready' }
    } catch (err) {
      return reply.status(503).send({ status: 'not ready', reason: (err as Error).message })
    }
  })
  app.get('/v2/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  await app.register(async (api) => {
    clustersRoutes(api, deps.services.clusters, deps.services.creation, deps.services.lifecycle)
    nodeLogsRoutes(api, deps.services.nodeLogs)
    consumerGroupsRoutes(api, deps.services.consumerGroups)
    kafkaUsersRoutes(api, deps.services.kafkaUsers)
    aclsRoutes(api, deps.services.acls)
    topicsRoutes(api, deps.services.topics)
    messagesRoutes(api, deps.services.messages)
    metricsRoutes(api, deps.services.metrics)
    jobsRoutes(api, deps.services.jobs, deps.services.lifecycle)
    alarmsRoutes(api, deps.services.alarms)
    authRoutes(api, deps.services)
    auditRoutes(api, deps.services.audit)
  })

  const staticDir = deps.staticDir
  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: staticDir, wildcard: false, index: false })
    // Hashed assets never change under the same name; index.html must always be fresh.
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/assets/'))
        reply.header('cache-control', 'public, max-age=31536000, immutable')
    })
    app.setNotFoundHandler((request, reply) => {
      const isPage = request.method === 'GET' && !/^\/(v2|healthz|readyz)(\/|$)/.test(request.url)
      if (!isPage) return apiNotFound(request, reply)
      if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) return apiNotFound(request, reply)
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    })
  } else {
    app.setNotFoundHandler(apiNotFound)
  }
  return app
}
