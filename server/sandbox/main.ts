// `npm run sandbox`: the sandbox Odoo alone, on PORT (default 8069 like Odoo).
import { startSandboxServer } from './index';
import { parseSandboxModules, parseSandboxVersion } from './versions';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8069);
  const host = process.env.HOST ?? '127.0.0.1';
  const seed = process.env.SANDBOX_SEED === 'empty' ? 'empty' : 'demo';
  const version = parseSandboxVersion(process.env.ODOO_SANDBOX_VERSION);
  const modules = parseSandboxModules(process.env.ODOO_SANDBOX_MODULES);
  const server = await startSandboxServer({ port, host, seed, version, modules });
  console.log(`Sandbox Odoo ${version} listening on ${server.url} (database "sandbox", seed "${seed}", login admin / admin)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
