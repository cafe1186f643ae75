// Lint rules, including the architecture's one-way dependencies: the core imports
// nothing from the adapters, and only the workbook adapter and UI touch Office.js.
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
    rules: { 'no-restricted-imports': ['error', { patterns: ['../excel/*', '../taskpane/*', '../app/*', 'react', '@fluentui/*'] }] },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } } },
);
