// Lint rules, including the architecture's one-way dependencies (docs/ARCHITECTURE.md,
// whose import table scripts/import-graph.ts generates and a test keeps true): the core
// imports nothing from the adapters; only the workbook adapter touches Office.js; the
// pane calls the app steps; the app steps and the custom functions share src/session.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../odoo/*', '../excel/*', '../taskpane/*', '../app/*', '../functions/*', 'react', '@fluentui/*', 'node:*'] }],
      'no-restricted-globals': ['error', 'fetch', 'Excel', 'Office', 'document', 'window'],
    },
  },
  {
    files: ['src/odoo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../excel/*', '../taskpane/*', '../app/*', '../functions/*', '../session/*', 'react', '@fluentui/*'] }] },
  },
  // The session sits below both the app steps and the custom functions.
  {
    files: ['src/session/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../excel/*', '../taskpane/*', '../app/*', '../functions/*', 'react', '@fluentui/*'] }] },
  },
  // The workbook adapter knows Excel and the core's layouts, nothing above it and not Odoo.
  {
    files: ['src/excel/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../odoo/*', '../taskpane/*', '../app/*', '../functions/*', '../session/*', 'react', '@fluentui/*'] }] },
  },
  // App steps reach the workbook only through src/excel: no Office.js global, type or context.workbook here.
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../taskpane/*', '../functions/*', 'react', '@fluentui/*'] }],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension', 'CustomFunctions'],
      'no-restricted-syntax': [
        'error',
        { selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]", message: 'src/app reaches the workbook through src/excel only.' },
        { selector: "MemberExpression[property.name='workbook']", message: 'src/app reaches the workbook through src/excel only.' },
      ],
    },
  },
  // Custom functions: the session, the gateway and the core; never the app steps or the pane.
  {
    files: ['src/functions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../app/*', '../taskpane/*', '../excel/*', 'react', '@fluentui/*'] }] },
  },
  // The pane's components call the app steps only (the core's pure helpers and types too).
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/odoo/*', '**/excel/*', '**/functions/*', '**/session/*'] }],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension'],
    },
  },
  // The pane's entry loads the custom functions into the shared runtime, and nothing else of theirs.
  {
    files: ['src/taskpane/index.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/odoo/*', '**/excel/*', '**/session/*'] }] },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } } },
);
