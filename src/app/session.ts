// The shared session lives in src/session (below both the app steps and the custom functions).
export { getSession, onSessionChange, setSession } from '../session/session';
export type { Session } from '../session/session';
