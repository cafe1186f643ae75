// Three projects so CI and developers can run one layer at a time:
//   unit     - pure core, gateway with a fake transport, sandbox, strict Excel, workbook adapter
//   contract - the Odoo gateway against the sandbox (default) or a real Odoo (ODOO_URL ...)
//   e2e      - the real task pane in the workbench, in Debian's chromium
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
const base = { testEnvironment: 'node', transform: { '^.+\\.tsx?$': tsJest }, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts?(x)'] },
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.test.ts'], slowTestThreshold: 30 },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
