// `npm start`: serve the add-in over HTTPS on localhost, with the sandbox Odoo unless ODOO_URL is set.
import { spawn } from 'node:child_process';
import { startServer } from './app';
import { devCertificates } from './certificates';
import { parseSandboxModules, parseSandboxVersion } from './sandbox';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const odooUrl = process.env.ODOO_URL || undefined;
  const certificates = process.env.HTTPS === '0' ? undefined : await devCertificates();
  const sandboxVersion = parseSandboxVersion(process.env.ODOO_SANDBOX_VERSION);
  const sandboxModules = parseSandboxModules(process.env.ODOO_SANDBOX_MODULES);
  const server = await startServer({ port, odooUrl, sandboxVersion, sandboxModules, certificates, host: process.env.HOST ?? '127.0.0.1' });
  const lines = [
    '',
    'Lot Reassign for Odoo is running.',
    `  Workbench (task pane beside an in-browser workbook): ${server.url}/workbench.html`,
    `  Task pane for Excel:                                  ${server.url}/taskpane.html`,
    `  Odoo behind the proxy:                                ${odooUrl ? odooUrl : `sandbox Odoo ${sandboxVersion}${sandboxModules.length ? ` with ${sandboxModules.join(', ')}` : ''} (database "sandbox", login admin / admin)`}`,
  ];
  if (certificates && !certificates.trusted) {
    lines.push(
      '  Note: the development certificate is not trusted on this machine; accept it in the browser,',
      '        or run `npx office-addin-dev-certs install` as a user allowed to install certificates.',
    );
  }
  console.log(lines.join('\n'));
  if (process.env.SIDELOAD !== '0' && (process.platform === 'win32' || process.platform === 'darwin')) sideload();
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Where desktop Excel is installed, office-addin-debugging sideloads manifest.xml into it. */
function sideload(): void {
  const child = spawn(
    'npx',
    [
      '--no-install',
      'office-addin-debugging',
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--no-debug',
      '--dev-server-port',
      process.env.PORT ?? '3000',
    ],
    {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  child.on('error', () => console.log('  (Sideloading skipped: office-addin-debugging is not installed.)'));
}

main().catch((error) => {
  console.error(`Could not start: ${(error as Error).message}`);
  process.exit(1);
});
