import type { Generated } from 'kysely'

/** Row types of Ferry's own store; dialect-neutral (text, integer, real only). */
export interface ClusterRow {
  cluster_id: string
  name: string
  provider: 'local' | 'external'
  state: string
  state_reason: string | null
  kafka_version: string | null
  kafka_cluster_id: string | null
  mode: 'HP' | 'HA'
  number_of_broker_nodes: number
  logical_zones: string
  authentication_modes: string
  acl_enabled: number
  public_ip_enabled: number
  tags: string
  bootstrap_servers: string
  security_protocol: string
  sasl_mechanism: string | null
  username: string | null
  /** AES-GCM ciphertext of the SASL password; never leaves the server. */
  password_enc: string | null
  ca_certificate: string | null
  /** Provider-specific state as JSON (ports, pids' config paths), secrets removed. */
  provider_state: string | null
  /** JSON of ProvisionedView for clusters Ferry built; null for external ones. */
  provisioned: string | null
  create_time: string
  update_time: string
}

export interface MigrationRow {
  name: string
  applied_at: Generated<string>
}

export interface ControllerChangeRow {
  cluster_id: string
  leader_epoch: number
  leader_id: number
  seen_time: string
}

/** One cluster's message query settings, as the JSON of MessageQuerySettings. */
export interface MessageQuerySettingsRow {
  cluster_id: string
  settings: string
  update_time: string
}

/** When Ferry created one SASL user of a cluster. */
export interface KafkaUserRow {
  cluster_id: string
  username: string
  create_time: string
}

export interface JobRow {
  job_id: string
  cluster_id: string
  type: string
  state: string
  progress: number
  create_time: string
  start_time: string | null
  end_time: string | null
  source_context: string
  target_context: string
  error: string | null
  error_step: string | null
}

export interface JobOperationRow {
  operation_id: string
  job_id: string
  seq: number
  type: string
  state: string
  progress: number
  start_time: string | null
  end_time: string | null
  error: string | null
}

export interface EventRow {
  event_id: string
  cluster_id: string
  time: string
  level: string
  type: string
  message: string
  job_id: string | null
}

export interface IdempotencyKeyRow {
  idempotency_key: string
  /** SHA-256 of the request body, so a key reused for another request is refused. */
  request_hash: string
  response: string
  create_time: string
}

export interface AlarmChannelRow {
  channel_id: string
  name: string
  type: string
  url: string
  /** AES-GCM ciphertext of the bearer token; never leaves the server. */
  token_sealed: string | null
  create_time: string
}

export interface AlarmPolicyRow {
  policy_id: string
  name: string
  cluster_id: string
  metric: string
  scope_level: string
  scope_value: string | null
  comparator: string
  threshold: number
  duration_seconds: number
  severity: string
  /** JSON array of channel IDs. */
  channel_ids: string
  enabled: number
  state: string
  last_value: number | null
  last_evaluated: string | null
  /** Since when the condition has held without firing yet; null when it does not hold. */
  pending_since: string | null
  create_time: string
}

export interface AlarmRecordRow {
  alarm_id: string
  policy_id: string
  policy_name: string
  cluster_id: string
  metric: string
  severity: string
  state: string
  fired_value: number
  resolved_value: number | null
  threshold: number
  comparator: string
  fired_time: string
  resolved_time: string | null
}

export interface EventPolicyRow {
  policy_id: string
  name: string
  /** Null: every cluster. */
  cluster_id: string | null
  /** JSON arrays; empty means all. */
  levels: string
  event_types: string
  channel_ids: string
  enabled: number
  create_time: string
}

/** One stored time series: a metric of a cluster with its labels (canonical JSON, e.g. {"node":"1"}). */
export interface MetricSeriesRow {
  id: Generated<number>
  cluster_id: string
  metric: string
  labels: string
  node: string | null
  topic: string | null
  partition: string | null
  grp: string | null
}

/** A raw sample; ts in epoch milliseconds. */
export interface MetricSampleRow {
  series_id: number
  ts: number
  value: number
}

/** The samples of one series in one minute or hour, starting at ts. */
export interface MetricRollupRow {
  series_id: number
  ts: number
  avg: number
  min: number
  max: number
  count: number
}

/** An external cluster's exporter URLs (JSON of [{brokerId, url}]) or Prometheus server. */
export interface MetricSourcesRow {
  cluster_id: string
  exporters: string
  prometheus_url: string | null
  update_time: string
}

export interface RoleRow {
  role_id: string
  name: string
  description: string
  /** JSON of Grant[]. */
  grants: string
  builtin: number
}

export interface AccountRow {
  username: string
  /** argon2id, with its parameters and salt. */
  password_hash: string
  role_id: string
  disabled: number
  must_change_password: number
  failed_attempts: number
  locked_until: string | null
  create_time: string
  last_sign_in: string | null
}

export interface SessionRow {
  /** SHA-256 of the cookie's secret. */
  session_hash: string
  username: string
  csrf_token: string
  create_time: string
  expire_time: string
}

export interface ApiTokenRow {
  token_id: string
  /** SHA-256 of the token's secret. */
  token_hash: string
  name: string
  username: string
  role_id: string
  create_time: string
  expire_time: string | null
  last_used: string | null
  revoked_time: string | null
}

export interface AuditRow {
  audit_id: string
  time: string
  actor: string
  via: string
  action: string
  resource_type: string
  target: string
  cluster_id: string | null
  request_id: string
  outcome: string
  status: number
  ip: string
}

export interface Database {
  roles: RoleRow
  accounts: AccountRow
  sessions: SessionRow
  api_tokens: ApiTokenRow
  audit_log: AuditRow
  idempotency_keys: IdempotencyKeyRow
  clusters: ClusterRow
  controller_changes: ControllerChangeRow
  message_query_settings: MessageQuerySettingsRow
  kafka_users: KafkaUserRow
  jobs: JobRow
  job_operations: JobOperationRow
  events: EventRow
  metric_series: MetricSeriesRow
  metric_samples: MetricSampleRow
  metric_rollups_1m: MetricRollupRow
  metric_rollups_1h: MetricRollupRow
  metric_sources: MetricSourcesRow
  alarm_channels: AlarmChannelRow
  alarm_policies: AlarmPolicyRow
  alarm_records: AlarmRecordRow
  event_policies: EventPolicyRow
}
