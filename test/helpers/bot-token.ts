// Bot Framework-shaped JWTs for the Teams auth tests, signed with node:crypto: a real RS256 key
// published by a fake OpenID endpoint on loopback, plus forgeries (alg none, HS256 with the app
// password, RS256 with the wrong key). Nothing here reaches Microsoft.
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

export interface KeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newKeyPair(kid: string): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Claims of a token the Bot Framework channel service would send to `appId` for `serviceUrl`. */
export function channelClaims(appId: string, serviceUrl: string, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  return { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: nowSeconds - 60, exp: nowSeconds + 3600 };
}

export function signRs256(claims: Record<string, unknown>, key: KeyPair, kid = key.kid): string {
  const head = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(claims)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(key.privateKey).toString('base64url')}`;
}

export function signHs256(claims: Record<string, unknown>, secret: string, kid?: string): string {
  const head = `${b64({ alg: 'HS256', typ: 'JWT', ...(kid ? { kid } : {}) })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

export function unsigned(claims: Record<string, unknown>, kid?: string): string {
  return `${b64({ alg: 'none', typ: 'JWT', ...(kid ? { kid } : {}) })}.${b64(claims)}.`;
}

export interface FakeOpenId {
  /** What ToBotFromChannelOpenIdMetadataUrl should be. */
  metadataUrl: string;
  /** How many times the metadata document was fetched. */
  fetches(): number;
  close(): Promise<void>;
}

/** An OpenID metadata document and JWKS publishing `keys` (endorsed for msteams), on loopback. */
export async function startFakeOpenId(keys: KeyPair[]): Promise<FakeOpenId> {
  let fetched = 0;
  const server: Server = createServer((req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/openid') {
      fetched += 1;
      return json({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (req.url === '/keys') {
      return json({
        keys: keys.map((k) => ({ ...k.publicKey.export({ format: 'jwk' }), kid: k.kid, use: 'sig', endorsements: ['msteams'] })),
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/openid`,
    fetches: () => fetched,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
