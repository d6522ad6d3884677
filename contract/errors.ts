import { z } from 'zod'

/** Every failure the API answers has this shape. `fields` maps a request field path to its problem. */
export const ErrorSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: 'Error' })
export type ApiErrorBody = z.infer<typeof ErrorSchema>

/** Codes are the reference API's where one exists; the Kafka connection codes are Ferry's own. */
export const ErrorCodes = {
  ERROR_PARAMS: 400,
  MALFORMED_JSON: 400,
  KAFKA_UNREACHABLE: 400,
  KAFKA_AUTHENTICATION_FAILED: 400,
  KAFKA_TLS_FAILED: 400,
  NOT_FOUND: 404,
  CLUSTER_NOT_FOUND: 404,
  CLUSTER_NAME_ALREADY_EXISTS: 409,
  CLUSTER_CAN_NOT_DELETED: 409,
  CLUSTER_NOT_ACTIVE: 409,
  CLUSTER_NOT_AVAILABLE: 409,
  CLUSTER_NOT_SUSPENDED: 409,
  /** The cluster has no TLS listener, or its brokers' certificates chain to the system's CAs, not one of its own. */
  CA_CERTIFICATE_NOT_FOUND: 404,
  /** The change needs a cluster Ferry runs (local provider); an external cluster is only connected to. */
  CLUSTER_NOT_MANAGED: 409,
  /** The machine lacks what the new cluster needs (memory, disk, nodes within the provider's limit). */
  RESOURCE_FAILED: 409,
  /** A change the cluster cannot take, e.g. fewer nodes than it has. */
  UPDATE_CLUSTER_FORBIDDEN: 409,
  /** An Idempotency-Key was sent again with a different request. */
  IDEMPOTENCY_KEY_REUSED: 422,
  JOB_NOT_FOUND: 404,
  CONSUMER_GROUP_NOT_FOUND: 404,
  CONSUMER_OPERATE_RESET_STRATEGY_INVALID_ERROR: 400,
  /** The group still has members: offsets cannot be reset nor the group deleted. */
  CONSUMER_GROUP_NOT_EMPTY: 409,
  TOPIC_NOT_EXIST: 404,
  TOPIC_PARTITION_NOT_EXIST: 404,
  TOPIC_ALREADY_EXIST: 409,
  TOPIC_REPLICATION_FACTOR_LIMIT_EXCEEDED_ERROR: 400,
  TOPIC_PARTITION_ILLEGAL: 400,
  TOPIC_REDUCE_PARTITION_IS_NOT_ALLOWED: 400,
  USER_NAME_INVALID: 400,
  USER_NOT_FOUND_ERROR: 404,
  USER_NAME_ALREADY_EXISTS: 409,
  /** Ferry itself connects to the cluster as this user: deleting it or changing its password would cut Ferry off. */
  USER_USED_BY_FERRY: 409,
  /** The cluster has no SASL authentication (or not the mechanism asked for): its clients sign in as no user. */
  CLUSTER_SASL_NOT_ENABLED: 409,
  CLUSTER_ACL_NOT_ENABLED: 409,
  ACL_NOT_FOUND: 404,
  /** The cluster already runs as many message queries as it allows. */
  TOO_MANY_QUERIES: 429,
  /** The caller queried this cluster less than its minimum interval ago. */
  QUERY_TOO_FREQUENT: 429,
  /** No session or token, or an expired one: sign in. */
  UNAUTHENTICATED: 401,
  /** Wrong user name or password (never saying which). */
  SIGN_IN_FAILED: 401,
  /** The caller's role does not allow the call. */
  ACCESS_DENIED: 403,
  /** A change made with the session cookie lacked the X-CSRF-Token the session was given. */
  CSRF_TOKEN_INVALID: 403,
  /** The account signed in with a one-time password: it must choose its own first. */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** Too many failed sign-ins in a row: the account waits before it may try again. */
  ACCOUNT_LOCKED: 423,
  /** Too many sign-in attempts from this address, or too many at once. */
  TOO_MANY_SIGN_IN_ATTEMPTS: 429,
  ACCOUNT_NOT_FOUND: 404,
  ACCOUNT_ALREADY_EXISTS: 409,
  ROLE_NOT_FOUND: 404,
  ROLE_ALREADY_EXISTS: 409,
  /** A system role cannot be changed, or a role still held by accounts or tokens cannot be deleted. */
  ROLE_NOT_CHANGEABLE: 409,
  TOKEN_NOT_FOUND: 404,
  INTERNAL_ERROR: 500,
} as const
export type ErrorCode = keyof typeof ErrorCodes
