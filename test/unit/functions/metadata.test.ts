// The functions' metadata, generated from JSDoc by custom-functions-metadata at build time:
// what Excel's formula autocomplete shows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; optional?: boolean; type: string; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

let functions: FunctionMeta[];

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), 'cf-')), 'functions.json');
  const root = join(__dirname, '../../..');
  execFileSync(process.execPath, [join(root, 'node_modules/custom-functions-metadata/lib/cli.js'), 'generate', join(root, 'src/functions/functions.ts'), out], {
    cwd: root,
    stdio: 'pipe',
  });
  functions = JSON.parse(readFileSync(out, 'utf8')).functions;
}, 60_000);

test('ONHAND, TRACKING, LOTS and ORIGINAL are described, with parameter help', () => {
  expect(functions.map((f) => f.id).sort()).toEqual(['LOTS', 'ONHAND', 'ORIGINAL', 'TRACKING']);
  const onhand = functions.find((f) => f.id === 'ONHAND')!;
  expect(onhand.description).toMatch(/Quantity on hand in Odoo/);
  expect(onhand.parameters.map((p) => [p.name, !!p.optional])).toEqual([
    ['product', false],
    ['location', true],
    ['lot', true],
  ]);
  expect(onhand.parameters[1].description).toMatch(/WH\/Stock/);
  expect(onhand.result.type).toBe('number');
});

test('LOTS spills a matrix', () => {
  expect(functions.find((f) => f.id === 'LOTS')!.result.dimensionality).toBe('matrix');
});
