// "Remember" keeps an API key in this browser's storage only: never in the workbook,
// its document settings, or a log. Passwords are never remembered.
const KEY = 'lot-reassign.remembered-login';

export interface RememberedLogin {
  db: string;
  login: string;
  apiKey: string;
}

export function loadRemembered(storage: Storage | undefined = globalThis.localStorage): RememberedLogin | null {
  try {
    const raw = storage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as RememberedLogin) : null;
  } catch {
    return null;
  }
}

export function saveRemembered(value: RememberedLogin | null, storage: Storage | undefined = globalThis.localStorage): void {
  if (!storage) return;
  if (value) storage.setItem(KEY, JSON.stringify(value));
  else storage.removeItem(KEY);
}
