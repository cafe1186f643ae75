// The security headers of every answer this server gives: pages, scripts, JSON, proxied
// Odoo answers, errors. The policy allows exactly what the task pane, the custom functions
// and the workbench need, and lets only this origin and Office's hosts frame the pages.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * Who may frame the pane: this origin (the workbench frames the pane) and the hosts that
 * run Office add-ins in a browser: Excel on the web (*.officeapps.live.com, and the
 * workbooks' own *.sharepoint.com / onedrive.live.com pages), Microsoft 365 and Outlook
 * (*.office.com, *.office365.com, *.microsoft365.com, outlook.live.com), Teams
 * (*.teams.microsoft.com, under *.microsoft.com) and the *.cloud.microsoft domain those
 * services are moving to (Microsoft's Teams/Microsoft 365 "tab requirements" page lists
 * the frame-ancestors an app hosted in them must allow). Desktop Excel does not frame
 * the pane in a web page, so it needs no entry.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://onedrive.live.com',
  'https://outlook.live.com',
];

/** office.js is served from dist/assets by this server; Office hosts may load it from its CDN. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/**
 * The Content-Security-Policy. `inlineScripts`: the page's own inline scripts, allowed by
 * their SHA-256 only. Styles need 'unsafe-inline': Fluent UI (griffel) inserts <style>
 * elements at run time and the pages carry a <style> block.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS}${hashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // The pane talks to Odoo only through this server's /odoo proxy.
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  // The pane's address (and any query in it) never leaves with a request.
  'Referrer-Policy': 'no-referrer',
};

/** Set the headers before anything else is written; a page may then narrow or extend its CSP. */
export function applySecurityHeaders(response: ServerResponse, csp = BASE_HEADERS['Content-Security-Policy']): void {
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(BASE_HEADERS)) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', csp);
}

/** The bodies of a page's inline <script> elements (those without src), as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const pattern = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (!/\ssrc\s*=/i.test(match[1] ?? '')) scripts.push(match[2]);
  }
  return scripts;
}
