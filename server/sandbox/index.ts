// The sandbox Odoo: an in-memory server speaking Odoo 17's JSON-RPC protocol with
// Odoo 17's behaviour for the models the add-in uses (default backend of `npm start`,
// and the default target of the contract tests). README.md says what is reproduced
// and what is not.
export { SandboxOdoo } from './odoo';
export type { SandboxModule, SandboxOptions, SandboxSeed } from './odoo';
export type { JsonRpcReply, JsonRpcError } from './rpc';
export { startSandboxServer } from './http';
export { parseSandboxModules, parseSandboxVersion, SANDBOX_VERSIONS, VERSIONS } from './versions';
export type { SandboxVersion, VersionTraits } from './versions';
export type { SandboxServer, SandboxServerOptions } from './http';
