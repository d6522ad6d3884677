import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import type { ApiErrorBody } from '../../contract/errors.ts'
import { isBrokersUnreachable } from '../kafka/kafka-errors.ts'
import { ApiError } from './api-error.ts'

/** `/tags/0/tagKey` → `tags.0.tagKey`, the path the console uses to find the form field. */
function fieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || '_'
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  body: Omit<ApiErrorBody, 'requestId'>,
) {
  return reply.status(status).send({ ...body, requestId: request.id })
}

/** Every failure leaves as `{code, message, requestId, fields?}` with a real HTTP status. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return send(reply, request, error.status, {
        code: error.code,
        message: error.message,
        fields: error.fields,
      })
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {}
      for (const issue of error.validation)
        fields[fieldPath(issue.instancePath)] ??= issue.message ?? 'Invalid value.'
      const summary = Object.entries(fields)
        .map(([field, message]) => `${field}: ${message}`)
        .join('; ')
      return send(reply, request, 400, {
        code: 'ERROR_PARAMS',
        message: `Invalid request. ${summary}`,
        fields,
      })
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      return send(reply, request, 415, {
        code: 'ERROR_PARAMS',
        message: 'Send the body as application/json.',
      })
    }
    if (error.statusCode === 400) {
      return send(reply, request, 400, {
        code: 'MALFORMED_JSON',
        message: `The request body is not valid JSON: ${error.message}`,
      })
    }
    if (error.statusCode && error.statusCode < 500) {
      return send(reply, request, error.statusCode, { code: 'ERROR_PARAMS', message: error.message })
    }
    if (isBrokersUnreachable(error)) {
      request.log.warn({ err: error }, 'brokers unreachable')
      return send(reply, request, 409, {
        code: 'CLUSTER_NOT_AVAILABLE',
        message:
          'The cluster’s brokers do not answer: it may be stopping, stopped or down. Try again once it is ACTIVE.',
      })
    }
    request.log.error({ err: error }, 'request failed')
    return send(reply, request, 500, {
      code: 'INTERNAL_ERROR',
      message: 'Ferry hit an internal error. The server log has the details under this requestId.',
    })
  })
}

export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 404, {
    code: 'NOT_FOUND',
    message: `No route ${request.method} ${request.url.split('?')[0]}. The API reference is at /v2/docs.`,
  })
}
