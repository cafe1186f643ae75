// `npm run test:dialects`: the contract suite and the end-to-end workflow once per other
// Odoo version the sandbox plays (17.0 runs in the main jest pass). One version after
// another: each e2e run drives a browser, and CI has two cores.
import { spawnSync } from 'node:child_process';
import { SANDBOX_VERSIONS } from '../../server/sandbox/versions';

const only = process.env.ODOO_SANDBOX_VERSIONS?.split(',').map((v) => v.trim());
const versions = SANDBOX_VERSIONS.filter((v) => v !== '17.0' && (!only || only.some((o) => v.startsWith(o))));
const jest = require.resolve('jest/bin/jest');

for (const version of versions) {
  const started = Date.now();
  console.log(`\n=== Sandbox playing Odoo ${version}: contract suite and end-to-end workflow`);
  const run = spawnSync(process.execPath, [jest, '--selectProjects', 'contract', 'e2e'], {
    stdio: 'inherit',
    env: { ...process.env, ODOO_SANDBOX_VERSION: version },
  });
  if (run.status !== 0) {
    console.error(`\nOdoo ${version}: tests failed.`);
    process.exit(run.status ?? 1);
  }
  console.log(`=== Odoo ${version}: passed in ${Math.round((Date.now() - started) / 1000)} s`);
}
