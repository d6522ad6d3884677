import { describe, expect, it } from 'vitest'
import {
  CreateAclSchema,
  DeleteAclQuerySchema,
  expandOperation,
  expandOperations,
  operationChoices,
} from './acls.ts'

describe('ACL operation bundles', () => {
  it('expand PRODUCE and CONSUME into what a client needs on each resource type', () => {
    expect(expandOperation('PRODUCE', 'TOPIC')).toEqual(['WRITE', 'DESCRIBE'])
    expect(expandOperation('CONSUME', 'TOPIC')).toEqual(['READ', 'DESCRIBE'])
    expect(expandOperation('CONSUME', 'GROUP')).toEqual(['READ'])
    expect(expandOperation('PRODUCE', 'TRANSACTIONAL_ID')).toEqual(['WRITE', 'DESCRIBE'])
    expect(expandOperation('PRODUCE', 'CLUSTER')).toEqual(['IDEMPOTENT_WRITE'])
  })

  it('keep a Kafka operation as it is where Kafka checks it, and refuse it elsewhere', () => {
    expect(expandOperation('IDEMPOTENT_WRITE', 'CLUSTER')).toEqual(['IDEMPOTENT_WRITE'])
    expect(expandOperation('ALL', 'GROUP')).toEqual(['ALL'])
    expect(expandOperation('IDEMPOTENT_WRITE', 'TOPIC')).toBeNull()
    expect(expandOperation('PRODUCE', 'GROUP')).toBeNull()
    expect(expandOperation('CONSUME', 'CLUSTER')).toBeNull()
  })

  it('give each Kafka operation once for several requested ones, and name those that do not apply', () => {
    expect(expandOperations(['PRODUCE', 'CONSUME', 'DESCRIBE'], 'TOPIC')).toEqual({
      operations: ['WRITE', 'DESCRIBE', 'READ'],
      unsupported: [],
    })
    expect(expandOperations(['CONSUME', 'WRITE'], 'GROUP')).toEqual({
      operations: ['READ'],
      unsupported: ['WRITE'],
    })
  })

  it('offer the reference console’s choices first', () => {
    expect(operationChoices('TOPIC').slice(0, 2)).toEqual(['PRODUCE', 'CONSUME'])
    expect(operationChoices('CLUSTER')[0]).toBe('IDEMPOTENT_WRITE')
    expect(operationChoices('TRANSACTIONAL_ID')).toEqual(['WRITE', 'DESCRIBE', 'ALL'])
  })
})

describe('CreateAclSchema', () => {
  it('takes the reference’s body, defaulting to an ALLOW for any host', () => {
    const parsed = CreateAclSchema.parse({
      username: 'user',
      patternType: 'LITERAL',
      resourceType: 'GROUP',
      resourceName: 'test_group',
      operations: ['CONSUME'],
    })
    expect(parsed).toMatchObject({ host: '*', permissionType: 'ALLOW' })
  })

  it('puts each problem on its field', () => {
    const issues = (body: unknown) =>
      CreateAclSchema.safeParse(body).error?.issues.map((i) => i.path.join('.')) ?? []
    expect(issues({ resourceType: 'TOPIC', resourceName: 't', operations: ['PRODUCE'] })).toEqual([
      'principal',
    ])
    expect(
      issues({ principal: 'alice', resourceType: 'TOPIC', resourceName: 't', operations: ['PRODUCE'] }),
    ).toEqual(['principal'])
    expect(issues({ principal: 'User:a', resourceType: 'TOPIC', operations: ['PRODUCE'] })).toEqual([
      'resourceName',
    ])
    expect(
      issues({
        principal: 'User:a',
        resourceType: 'CLUSTER',
        resourceName: 'x',
        operations: ['IDEMPOTENT_WRITE'],
      }),
    ).toEqual(['resourceName'])
    expect(
      issues({ principal: 'User:a', resourceType: 'GROUP', resourceName: 'g', operations: ['PRODUCE'] }),
    ).toEqual(['operations'])
    expect(
      issues({
        principal: 'User:a',
        resourceType: 'TOPIC',
        resourceName: 't',
        operations: ['READ'],
        host: 'web-1',
      }),
    ).toEqual(['host'])
    expect(
      issues({ principal: 'User:*', resourceType: 'CLUSTER', operations: ['IDEMPOTENT_WRITE'] }),
    ).toEqual([])
  })

  it('deletes by the reference’s query parameters, one operation at a time', () => {
    const query = DeleteAclQuerySchema.parse({
      username: 'user',
      patternType: 'PREFIXED',
      resourceType: 'TOPIC',
      resourceName: 'orders.',
      operation: 'PRODUCE',
    })
    expect(query).toMatchObject({ host: '*', permissionType: 'ALLOW' })
  })
})
