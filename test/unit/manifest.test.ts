// `office-addin-manifest validate` needs the internet for XML manifests; this checks
// the manifest's structure offline: every resid defined, one origin, the shared runtime wiring.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifestInfo } from './manifest-lib';

const xml = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
const resource = (id: string) => new RegExp(`id="${id.replace(/\./g, '\\.')}"\\s+DefaultValue="([^"]*)"`).exec(xml)?.[1];

test('the manifest is read by office-addin-manifest', () => {
  const info = readManifestInfo(join(__dirname, '../../manifest.xml'));
  expect(info.displayName).toBe('Lot Reassign for Odoo');
  expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(info.hosts).toEqual(['Workbook']);
});

test('every resid is defined once in Resources', () => {
  const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(10);
  for (const id of new Set(used)) {
    expect({ id, count: [...xml.matchAll(new RegExp(`\\sid="${id.replace(/\./g, '\\.')}"`, 'g'))].length }).toEqual({ id, count: 1 });
  }
});

test('all URLs share one HTTPS origin, listed in AppDomains', () => {
  const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => new URL(m[1]));
  const origins = new Set(urls.map((u) => u.origin));
  expect([...origins]).toEqual(['https://localhost:3000']);
  expect(xml).toContain('<AppDomain>https://localhost:3000</AppDomain>');
});

test('the task pane and the custom functions share one long-lived runtime', () => {
  expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/);
  expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  expect(resource('Taskpane.Url')).toBe('https://localhost:3000/taskpane.html');
  expect(resource('Functions.Metadata.Url')).toBe('https://localhost:3000/functions.json');
  expect(resource('Functions.Script.Url')).toBe('https://localhost:3000/functions.js');
  expect(resource('Functions.Namespace')).toBe('ODOO');
});

test('the icons it names exist in assets/', () => {
  for (const m of xml.matchAll(/\/assets\/(icon-\d+\.png)/g)) {
    expect(() => readFileSync(join(__dirname, '../../assets', m[1]))).not.toThrow();
  }
});
