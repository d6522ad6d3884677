import { describe, expect, it } from 'vitest'
import type { Acl } from '../../../contract/acls.ts'
import { type EffectiveInput, resolveEffective } from './effective-permissions.ts'

const acl = (over: Partial<Acl>): Acl => ({
  principal: 'User:alice',
  username: 'alice',
  resourceType: 'TOPIC',
  resourceName: 'orders',
  patternType: 'LITERAL',
  operation: 'WRITE',
  host: '*',
  permissionType: 'ALLOW',
  ...over,
})

function decide(acls: Acl[], over: Partial<EffectiveInput> = {}) {
  const result = resolveEffective({
    principal: 'User:alice',
    resourceType: 'TOPIC',
    resourceName: 'orders',
    host: '*',
    acls,
    superUsers: ['User:ferry-admin'],
    allowEveryoneIfNoAclFound: false,
    ...over,
  })
  return Object.fromEntries(result.map((r) => [r.operation, r]))
}

describe('resolveEffective', () => {
  it('allows what an ALLOW names, with DESCRIBE implied by WRITE, and denies the rest when the topic has ACLs', () => {
    const write = acl({})
    const ops = decide([write])
    expect(ops.WRITE).toEqual({ operation: 'WRITE', allowed: true, reason: 'ALLOW_ACL', acl: write })
    expect(ops.DESCRIBE).toMatchObject({ allowed: true, reason: 'ALLOW_ACL', acl: write })
    expect(ops.READ).toEqual({ operation: 'READ', allowed: false, reason: 'NO_ALLOW_ACL', acl: null })
  })

  it('lets a DENY win over any ALLOW, and a DENY of ALL deny everything', () => {
    const deny = acl({ permissionType: 'DENY', resourceName: 'ord', patternType: 'PREFIXED' })
    const ops = decide([acl({ operation: 'ALL' }), deny])
    expect(ops.WRITE).toMatchObject({ allowed: false, reason: 'DENY_ACL', acl: deny })
    expect(ops.READ).toMatchObject({ allowed: true, reason: 'ALLOW_ACL' })
    const all = decide([acl({ operation: 'READ' }), acl({ operation: 'ALL', permissionType: 'DENY' })])
    expect(all.READ).toMatchObject({ allowed: false, reason: 'DENY_ACL' })
  })

  it('matches literal names, the * wildcard, prefixes and every user, but not other topics, users or hosts', () => {
    expect(decide([acl({ resourceName: '*' })]).WRITE?.allowed).toBe(true)
    expect(decide([acl({ resourceName: 'ord', patternType: 'PREFIXED' })]).WRITE?.allowed).toBe(true)
    expect(decide([acl({ principal: 'User:*', username: '*' })]).WRITE?.allowed).toBe(true)
    expect(decide([acl({ resourceName: 'ord' })]).WRITE?.reason).toBe('NO_ACL_ON_RESOURCE')
    expect(decide([acl({ principal: 'User:bob' })]).WRITE?.reason).toBe('NO_ALLOW_ACL')
    expect(decide([acl({ host: '10.0.0.5' })]).WRITE?.allowed).toBe(false)
    expect(decide([acl({ host: '10.0.0.5' })], { host: '10.0.0.5' }).WRITE?.allowed).toBe(true)
    expect(decide([acl({ resourceType: 'GROUP' })]).WRITE?.reason).toBe('NO_ACL_ON_RESOURCE')
  })

  it('leaves a topic without ACLs to allow.everyone.if.no.acl.found, and a super user to do anything', () => {
    expect(decide([]).READ).toMatchObject({ allowed: false, reason: 'NO_ACL_ON_RESOURCE' })
    expect(decide([], { allowEveryoneIfNoAclFound: true }).READ).toMatchObject({ allowed: true })
    expect(decide([], { allowEveryoneIfNoAclFound: null }).READ?.allowed).toBe(false)
    const admin = decide([acl({ principal: 'User:ferry-admin', permissionType: 'DENY', operation: 'ALL' })], {
      principal: 'User:ferry-admin',
    })
    expect(Object.values(admin).every((r) => r.allowed && r.reason === 'SUPER_USER')).toBe(true)
  })
})
