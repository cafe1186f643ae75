import { upstreamUrl } from '../../../server/proxy';

const target = { url: new URL('https://erp.example.com/odoo') };

test('forwards Odoo API paths to the configured origin, keeping its path prefix', () => {
  expect(upstreamUrl(target, '/odoo/jsonrpc')?.href).toBe('https://erp.example.com/odoo/jsonrpc');
  expect(upstreamUrl(target, '/odoo/json/2/stock.quant/search_read')?.href).toBe('https://erp.example.com/odoo/json/2/stock.quant/search_read');
  expect(upstreamUrl(target, '/odoo/web/database/list')?.href).toBe('https://erp.example.com/odoo/web/database/list');
});

test.each([
  '/odoo//evil.example/jsonrpc',
  '/odoo/web/login',
  '/odoo/../jsonrpc',
  '/odoo/jsonrpc/../../admin',
  '/odoo/web/dataset/call_kw',
  '/odoo/@evil.example/jsonrpc',
])('refuses %s', (path) => {
  expect(upstreamUrl(target, path)).toBeNull();
});
