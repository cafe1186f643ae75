// HTTPS for Office: dev certificates from office-addin-dev-certs, trusted where the
// machine allows it; on machines where installing the CA fails (no sudo, CI), the
// same certificates are generated and used untrusted, and we say so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';

export interface Certificates {
  key: Buffer;
  cert: Buffer;
  ca?: Buffer;
  trusted: boolean;
}

export async function devCertificates(): Promise<Certificates> {
  const devCerts = require('office-addin-dev-certs') as typeof import('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { key: Buffer.from(options.key), cert: Buffer.from(options.cert), ca: Buffer.from(options.ca), trusted: true };
  } catch {
    const dir = join(homedir(), '.office-addin-dev-certs');
    const paths = { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
    if (!existsSync(paths.cert) || !existsSync(paths.key)) {
      await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, 30, ['localhost', '127.0.0.1']);
    }
    return { key: readFileSync(paths.key), cert: readFileSync(paths.cert), ca: readFileSync(paths.ca), trusted: false };
  }
}
