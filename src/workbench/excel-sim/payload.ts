// Excel on the web refuses a request or a response over 5 MB (Microsoft's "Resource
// limits and performance optimization for Office Add-ins"). The sim measures each sync
// as the JSON of what it sends (the values of every queued write and method argument,
// plus a small cost per command for the action and the object path) and of what it
// receives (the loaded values), and refuses what Excel on the web would refuse.

/** 5 MB, read as 5,000,000 bytes: the stricter reading of Microsoft's "5MB". */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** What one command costs besides its values: the action, its object path, its property name. */
export const COMMAND_OVERHEAD_BYTES = 48;

export { jsonBytes } from '../../core/json-bytes';
