// `npm run test:dialects`: the contract suite and the end-to-end workflow once per other
// Odoo version the sandbox plays (17.0 runs in the main jest pass). One version after
// another: each e2e run drives a browser, and CI has two cores.
import { spawnSync } from 'node:child_process';
import { SANDBOX_VERSIONS } from '../../server/sandbox/versions';

const only = process.env.ODOO_SANDBOX_VERSIONS?.split(',').map((v) => v.trim());
const versions = SANDBOX_VERSIONS.filter((v) => v !== '17.0' && (!only || only.some((o) => v.startsWith(o))));
const jest = require.resolve('jest/bin/jest');
const WORKFLOW_E2E = '(stepper|reassign|serials|expiry|real-databases)\\.test\\.ts$';

for (const version of versions) {
  const started = Date.now();
  console.log(`\n=== Sandbox playing Odoo ${version}: contract suite and end-to-end workflow`);
  const env = { ...process.env, ODOO_SANDBOX_VERSION: version };
  const contract = spawnSync(process.execPath, [jest, '--selectProjects', 'contract'], { stdio: 'inherit', env });
  // The e2e files whose path through Odoo differs by version; the others (security headers, Excel's limits,
  // accessibility, the fill tools) exercise the pane and the workbook the same way whatever Odoo plays.
  const run =
    contract.status !== 0
      ? contract
      : spawnSync(process.execPath, [jest, '--selectProjects', 'e2e', '--testPathPatterns', WORKFLOW_E2E], { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`\nOdoo ${version}: tests failed.`);
    process.exit(run.status ?? 1);
  }
  console.log(`=== Odoo ${version}: passed in ${Math.round((Date.now() - started) / 1000)} s`);
}
