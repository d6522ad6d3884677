import { z } from 'zod'
import { BrokerConfigListSchema, NodeParamsSchema, UpdateClusterConfigsSchema } from './broker-configs.ts'
import {
  AccessEndpointsSchema,
  ClusterDetailSchema,
  ClusterIdParamsSchema,
  ClusterListSchema,
  CreateClusterResultSchema,
  ListClustersQuerySchema,
  ListNodesQuerySchema,
  NodeListSchema,
  QuorumSchema,
  RegisterExternalClusterSchema,
} from './clusters.ts'
import { defineRoute } from './http.ts'

/** The management API. Each entry is the single description of one route. */
export const routes = {
  listClusters: defineRoute({
    method: 'GET',
    path: '/v2/clusters',
    summary: 'List clusters, newest first',
    tag: 'clusters',
    status: 200,
    query: ListClustersQuerySchema,
    response: ClusterListSchema,
  }),
  getCluster: defineRoute({
    method: 'GET',
    path: '/v2/clusters/:clusterId',
    summary: 'Cluster detail',
    tag: 'clusters',
    status: 200,
    params: ClusterIdParamsSchema,
    response: z.object({ cluster: ClusterDetailSchema }),
  }),
  createCluster: defineRoute({
    method: 'POST',
    path: '/v2/clusters',
    summary: 'Register an existing (external) cluster, after checking that it answers',
    tag: 'clusters',
    status: 201,
    body: RegisterExternalClusterSchema,
    response: CreateClusterResultSchema,
  }),
  deleteCluster: defineRoute({
    method: 'DELETE',
    path: '/v2/clusters/:clusterId',
    summary: 'Forget an external cluster (the cluster itself is untouched)',
    tag: 'clusters',
    status: 204,
    params: ClusterIdParamsSchema,
    response: z.null(),
  }),
  getAccessEndpoints: defineRoute({
    method: 'GET',
    path: '/v2/clusters/:clusterId/access-endpoints',
    summary: 'Client access endpoints, one entry per security protocol',
    tag: 'clusters',
    status: 200,
    params: ClusterIdParamsSchema,
    response: AccessEndpointsSchema,
  }),
  listNodes: defineRoute({
    method: 'GET',
    path: '/v2/clusters/:clusterId/nodes',
    summary: 'Broker nodes with their state and the active controller',
    tag: 'clusters',
    status: 200,
    params: ClusterIdParamsSchema,
    query: ListNodesQuerySchema,
    response: NodeListSchema,
  }),
  getQuorum: defineRoute({
    method: 'GET',
    path: '/v2/clusters/:clusterId/quorum',
    summary:
      'The KRaft controller quorum: leader, voters and observers with their lag, recent leader changes',
    tag: 'clusters',
    status: 200,
    params: ClusterIdParamsSchema,
    response: QuorumSchema,
  }),
  getNodeConfigs: defineRoute({
    method: 'GET',
    path: '/v2/clusters/:clusterId/nodes/:brokerId/configs',
    summary: 'Every config of one broker, with its source, and whether it is read-only or sensitive',
    tag: 'clusters',
    status: 200,
    params: NodeParamsSchema,
    response: BrokerConfigListSchema,
  }),
  getClusterConfigs: defineRoute({
    method: 'GET',
    path: '/v2/clusters/:clusterId/configurations',
    summary: 'Cluster-wide dynamic broker configs (the values every broker takes unless it has its own)',
    tag: 'clusters',
    status: 200,
    params: ClusterIdParamsSchema,
    response: BrokerConfigListSchema,
  }),
  updateClusterConfigs: defineRoute({
    method: 'PUT',
    path: '/v2/clusters/:clusterId/configurations',
    summary: 'Set or remove cluster-wide dynamic broker configs; validated by the brokers, all or nothing',
    tag: 'clusters',
    status: 200,
    params: ClusterIdParamsSchema,
    body: UpdateClusterConfigsSchema,
    response: BrokerConfigListSchema,
  }),
} as const

export type Routes = typeof routes
export type RouteName = keyof Routes
