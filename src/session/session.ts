// The one Odoo connection of the shared runtime: the task pane signs in, and the
// custom functions use the same connection. The secret stays in memory here.
// Both the app steps and the custom functions sit above this module, never on each other.
import { OdooUser } from '../core/model';
import { OdooClient } from '../odoo/client';

export interface Session {
  client: OdooClient;
  user: OdooUser;
}

type Listener = (session: Session | null) => void;

let current: Session | null = null;
const listeners = new Set<Listener>();
const changeListeners = new Set<() => void>();

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The add-in posted to Odoo: whatever cached Odoo data (the custom functions') is stale now. */
export function notifyOdooChanged(): void {
  for (const listener of changeListeners) listener();
}

export function onOdooChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
