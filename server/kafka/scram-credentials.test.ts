import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { scramCredential } from './scram-credentials.ts'

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest()
const xor = (a: Buffer, b: Buffer) => Buffer.from(a.map((byte, i) => byte ^ (b[i] as number)))

describe('scramCredential', () => {
  it('gives the salted password of RFC 7677’s SCRAM-SHA-256 exchange, whose proof and signature follow from it', () => {
    // RFC 7677 section 3: user "user", password "pencil".
    const salt = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64')
    const { saltedPassword, iterations } = scramCredential('pencil', 'SCRAM-SHA-256', { salt })
    expect(iterations).toBe(4096)

    const clientNonce = 'rOprNGfwEbeRWgbNEkqO'
    const nonce = `${clientNonce}%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0`
    const authMessage = [
      `n=user,r=${clientNonce}`,
      `r=${nonce},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096`,
      `c=biws,r=${nonce}`,
    ].join(',')
    const clientKey = hmac(saltedPassword, 'Client Key')
    const storedKey = createHash('sha256').update(clientKey).digest()
    const clientProof = xor(clientKey, hmac(storedKey, authMessage))
    const serverSignature = hmac(hmac(saltedPassword, 'Server Key'), authMessage)
    expect(clientProof.toString('base64')).toBe('dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=')
    expect(serverSignature.toString('base64')).toBe('6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=')
  })

  it('salts every credential afresh and sizes it to the mechanism’s hash', () => {
    const a = scramCredential('Secret2026!', 'SCRAM-SHA-512')
    const b = scramCredential('Secret2026!', 'SCRAM-SHA-512')
    expect(a.saltedPassword).toHaveLength(64)
    expect(a.salt.equals(b.salt)).toBe(false)
    expect(a.saltedPassword.equals(b.saltedPassword)).toBe(false)
    expect(scramCredential('Secret2026!', 'SCRAM-SHA-256').saltedPassword).toHaveLength(32)
  })
})
