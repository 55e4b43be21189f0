import { generateKeyPairSync } from 'node:crypto';
import { bech32 } from '@scure/base';

/**
 * Key material of a vault's Vangnet identity. X25519 keys are written in age's own encoding
 * (AGE-SECRET-KEY-1… / age1…), so the identity can be handed to Debian's `age -d -i` as is;
 * Ed25519 keys are raw 32 bytes as base64url (JWK `d` and `x`).
 */
export interface IdentityKeys {
  ageIdentity: string;
  ageRecipient: string;
  signSecret: string;
  signPublic: string;
}

const b64url = (s: string | undefined): Buffer => Buffer.from(s ?? '', 'base64url');

export function generateIdentityKeys(): IdentityKeys {
  // Synchronous node:crypto keygen, so a migration (which runs inside a transaction) can call it.
  const x = generateKeyPairSync('x25519').privateKey.export({ format: 'jwk' });
  const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const priv = b64url(x.d);
  const pub = b64url(x.x);
  return {
    ageIdentity: bech32.encode('age-secret-key-', bech32.toWords(priv), false).toUpperCase(),
    ageRecipient: bech32.encode('age', bech32.toWords(pub), false),
    signSecret: ed.d ?? '',
    signPublic: ed.x ?? '',
  };
}
