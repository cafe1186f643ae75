// The environment of one call, like odoo.api.Environment: who calls (uid), with
// which context, and whether access rights are bypassed (su).
import type { BaseModel } from './model';
import type { Registry } from './registry';
import type { Row } from './store';

export type Context = Record<string, unknown>;

export const SUPERUSER_ID = 1;

export class Env {
  constructor(
    readonly registry: Registry,
    readonly uid: number,
    readonly context: Context = {},
    readonly su = false,
  ) {}

  model(name: string): BaseModel {
    return this.registry.model(name);
  }

  withContext(extra: Context): Env {
    return new Env(this.registry, this.uid, { ...this.context, ...extra }, this.su);
  }

  /** with_user: the same call, as another user. */
  withUser(uid: number): Env {
    return new Env(this.registry, uid, this.context, false);
  }

  sudo(flag = true): Env {
    return new Env(this.registry, this.uid, this.context, flag);
  }

  get user(): Row {
    const row = this.registry.store.table('res.users').get(this.uid);
    if (!row) throw new Error(`no user ${this.uid}`);
    return row;
  }

  /** env.company: the user's current company. */
  get companyId(): number {
    return (this.user.company_id as number | null) ?? 1;
  }

  /** user_has_groups / has_group: membership of the (implied-closed) groups of the user. */
  hasGroup(xmlid: string): boolean {
    const gid = this.registry.xmlidToResId(xmlid);
    if (!gid) return false;
    const groups = this.registry.store.table('res.users').get(this.uid)?.[this.registry.traits.userGroups] as number[] | undefined;
    return Boolean(groups?.includes(gid));
  }

  /** True when the user has any of the comma-separated groups (field.groups syntax). */
  hasAnyGroup(spec: string): boolean {
    return spec.split(',').some((g) => (g.startsWith('!') ? !this.hasGroup(g.slice(1)) : this.hasGroup(g)));
  }

  isSuperuser(): boolean {
    return this.su || this.uid === SUPERUSER_ID;
  }

  /** fields.Datetime.now(): UTC, second precision, as Odoo stores it. */
  now(): string {
    return this.registry.nowText();
  }

  today(): string {
    return this.registry.nowText().slice(0, 10);
  }
}
