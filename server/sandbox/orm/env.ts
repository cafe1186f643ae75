// The environment of one call, like odoo.api.Environment: who calls (uid), with
// which context, and whether access rights are bypassed (su).
import { accessError } from '../errors';
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

  /**
   * env.company (odoo/api.py, 16-19): the first of the context's allowed_company_ids,
   * else the user's default company_id.
   */
  get companyId(): number {
    const allowed = this.allowedCompanyIds();
    if (allowed.length) return allowed[0];
    return (this.user.company_id as number | null) ?? 1;
  }

  /**
   * env.companies (odoo/api.py): the context's allowed_company_ids, else every company
   * of the user (not only the default one), so that external calls see them all.
   */
  get companyIds(): number[] {
    const allowed = this.allowedCompanyIds();
    return allowed.length ? allowed : [...((this.user.company_ids as number[] | undefined) ?? [])];
  }

  /** allowed_company_ids, checked against the user's companies unless in sudo (AccessError otherwise). */
  private allowedCompanyIds(): number[] {
    const raw = this.context.allowed_company_ids;
    const ids = Array.isArray(raw) ? (raw as number[]) : [];
    if (ids.length && !this.su) {
      const mine = new Set((this.user.company_ids as number[] | undefined) ?? []);
      if (ids.some((id) => !mine.has(id))) throw accessError('Access to unauthorized or invalid companies.');
    }
    return ids;
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
