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

// Each shape of bypass: the path is decoded and normalised before the allow-list is asked.
const BYPASSES: [string, string][] = [
  ['dot segments into an allowed prefix', '/odoo/json/2/../web'],
  ['dot segments back onto an allowed path', '/odoo/web/database/../../jsonrpc'],
  ['a single-dot segment', '/odoo/./jsonrpc'],
  ['encoded dots', '/odoo/json/2/%2e%2e/web'],
  ['upper-case encoded dots', '/odoo/json/2/%2E%2E/web/login'],
  ['an encoded slash', '/odoo/json/2/stock.quant%2fsearch_read'],
  ['an encoded slash to climb', '/odoo/json/2/..%2f..%2fweb'],
  ['an encoded backslash', '/odoo/json/2/..%5cweb'],
  ['a backslash', '/odoo/json/2/..\\web'],
  ['double encoding', '/odoo/json/2/%252e%252e/web'],
  ['double-encoded slash', '/odoo/json/2/stock.quant%252fsearch_read'],
  ['a protocol-relative host', '//evil.example/jsonrpc'],
  ['an empty segment', '/odoo//jsonrpc'],
  ['a ;param', '/odoo/jsonrpc;x=1'],
  ['a ;param in a segment', '/odoo/json/2/stock.quant;/search_read'],
  ['a NUL', '/odoo/jsonrpc%00'],
  ['a raw NUL', '/odoo/jsonrpc\0'],
  ['an overlong UTF-8 dot', '/odoo/json/2/%c0%ae%c0%ae/web'],
  ['an overlong UTF-8 slash', '/odoo/json/2/a%c0%afb/c'],
  ['mixed case', '/odoo/JSONRPC'],
  ['mixed case model', '/odoo/json/2/Stock.Quant/search_read'],
  ['the prefix alone', '/odoo'],
  ['the prefix without its slash', '/odoojsonrpc'],
  ['a trailing slash', '/odoo/jsonrpc/'],
  ['a fragment', '/odoo/jsonrpc#x'],
  ['non-ASCII', '/odoo/json/2/stock.quänt/search_read'],
  ['a full-width dot', '/odoo/json/2/%EF%BC%8E%EF%BC%8E/web'],
  ['a user-info host', '/odoo/@evil.example/jsonrpc'],
];

test.each(BYPASSES)('refuses %s: %s', (_name, path) => {
  expect(upstreamUrl(target, path)).toBeNull();
});

test('a decoded path that is allowed is forwarded in its decoded form, without the query', () => {
  expect(upstreamUrl(target, '/odoo/json/2/stock%2Equant/search_read')?.href).toBe('https://erp.example.com/odoo/json/2/stock.quant/search_read');
  expect(upstreamUrl(target, '/odoo/jsonrpc?db=x')?.href).toBe('https://erp.example.com/odoo/jsonrpc');
});
