// res.users, res.groups and ir.module.category: who may do what. Group membership
// is stored closed under implied groups, as Odoo's res_groups_users_rel is.
import { accessDenied, assertionError, validationError, valueError } from '../errors';
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import type { Registry } from '../orm/registry';
import type { Row } from '../orm/store';

export class ResUsers extends BaseModel {
  readonly name = 'res.users';
  readonly description = 'User';
  readonly className = 'Users';
  override order = 'name, login';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Name', inherited: 'partner_id', store: false, searchable: true, required: true },
      login: { type: 'char', string: 'Login', required: true },
      password: { type: 'char', string: 'Password', store: false, compute: () => '' },
      active: { type: 'boolean', string: 'Active', default: () => true },
      partner_id: { type: 'many2one', string: 'Related Partner', relation: 'res.partner', required: true, ondelete: 'restrict' },
      // res_users.py: the default company and companies are env.company
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', required: true, default: (env) => env.companyId },
      company_ids: { type: 'many2many', string: 'Companies', relation: 'res.company', default: (env) => [[6, 0, [env.companyId]]] },
      // groups_id until 18, group_ids in 19
      [this.registry.traits.userGroups]: { type: 'many2many', string: 'Groups', relation: 'res.groups' },
      share: {
        type: 'boolean',
        string: 'Share User',
        store: false,
        searchable: true,
        compute: (env, row) => !(row[env.registry.traits.userGroups] as number[]).includes(env.registry.xmlidToResId('base.group_user')),
      },
      email: { type: 'char', string: 'Email', inherited: 'partner_id', store: false, searchable: true },
      login_date: { type: 'datetime', string: 'Latest authentication', store: false, compute: (_e, row) => (row.__login_date as string) ?? null },
      tz: { type: 'char', string: 'Timezone' },
      lang: { type: 'char', string: 'Language', default: () => 'en_US' },
    };
  }

  override create(env: Env, valsList: Vals[]): number[] {
    if (!valsList.length) return [];
    if (!env.su) this.checkAccessRights(env, 'create');
    const ids: number[] = [];
    for (const input of valsList) {
      const vals = { ...input };
      const password = vals.password;
      delete vals.password;
      if (!vals.partner_id) {
        const [pid] = env.model('res.partner').create(env.sudo(), [{ name: vals.name ?? vals.login, email: vals.email ?? false, company_id: false }]);
        vals.partner_id = pid;
      }
      delete vals.name;
      delete vals.email;
      this.checkLoginUnique(vals.login as string, null);
      const G = this.registry.traits.userGroups;
      const explicitGroups = G in vals;
      const [id] = super.create(env.sudo(), [vals]);
      if (!explicitGroups) this.table.update(id, G, this.defaultGroups());
      this.table.update(id, G, closeGroups(this.registry, this.table.get(id)![G] as number[]));
      if (typeof password === 'string' && password) this.table.update(id, '__password', password);
      this.table.update(id, 'create_uid', env.uid);
      ids.push(id);
    }
    return ids;
  }

  override write(env: Env, ids: number[], input: Vals): void {
    const vals = { ...input };
    if (typeof vals.password === 'string') {
      if (!env.su) this.checkAccessRights(env, 'write');
      for (const id of ids) this.table.update(id, '__password', vals.password);
    }
    delete vals.password;
    if (typeof vals.login === 'string') for (const id of ids) this.checkLoginUnique(vals.login, id);
    if (Object.keys(vals).length) super.write(env, ids, vals);
    const G = this.registry.traits.userGroups;
    if (G in vals) for (const id of ids) this.table.update(id, G, closeGroups(this.registry, this.table.get(id)![G] as number[]));
  }

  /** res_users.py _check_company: an active user's company must be one of its companies. */
  protected override checkConstraints(env: Env, ids: number[], changed: Set<string>): void {
    if (!changed.has('company_id') && !changed.has('company_ids') && !changed.has('active')) return;
    const companies = env.model('res.company');
    for (const id of ids) {
      const user = this.table.get(id);
      if (!user || user.active === false) continue;
      const allowed = (user.company_ids as number[]) ?? [];
      if (!allowed.includes(user.company_id as number)) {
        const names = companies.sortIds(env, allowed).map((c) => companies.table.get(c)?.name);
        throw validationError(
          `Company ${companies.table.get(user.company_id as number)?.name} is not in the allowed companies for user ${this.value(env, user, 'name')} (${names.join(', ')}).`,
        );
      }
    }
  }

  private checkLoginUnique(login: string, except: number | null): void {
    for (const row of this.table.rows.values()) {
      if (row.login === login && row.id !== except) throw validationError('The operation cannot be completed: You can not have two users with the same login!');
    }
  }

  /** _default_groups: the groups of the "Default User Template". */
  private defaultGroups(): number[] {
    const template = this.table.get(this.registry.xmlidToResId('base.default_user'));
    return [...((template?.[this.registry.traits.userGroups] as number[]) ?? [])];
  }

  /** res.users.check: the uid/password pair of an RPC call (password or API key). */
  checkCredentials(uid: number, password: unknown): void {
    const row = this.table.get(uid);
    if (!password || !row || !row.active || !matches(row, password)) throw accessDenied();
  }

  /** res.users.apikeys._check_credentials(scope='rpc'): the active user an API key belongs to. */
  userOfApiKey(key: string): number | null {
    for (const row of this.table.rows.values()) if (row.active && ((row.__apikeys as string[] | undefined) ?? []).includes(key)) return row.id;
    return null;
  }

  /** _login: the uid of an active user with this login and password. */
  authenticate(login: unknown, password: unknown): number {
    if (!password) throw accessDenied();
    const row = [...this.table.rows.values()].find((r) => r.active && r.login === login);
    if (!row || !matches(row, password)) throw accessDenied();
    this.table.update(row.id, '__login_date', new Date(this.registry.now()).toISOString().slice(0, 19).replace('T', ' '));
    return row.id;
  }

  override methods(env: Env) {
    return {
      ...super.methods(env),
      // @api.model in 16/17: asks about the calling user, the argument is the xml id only.
      // From 18 a record method: asks about the one user it is called on.
      has_group: this.registry.traits.hasGroupOnRecords
        ? {
            api: 'multi' as const,
            qualname: 'Users.has_group',
            params: [{ name: 'group_ext_id' }],
            run: (a: Vals, ids: number[]) => {
              if (ids.length !== 1) throw valueError(`Expected singleton: res.users(${ids.join(', ')}${ids.length === 1 ? ',' : ''})`);
              return env.withUser(ids[0]).hasGroup(qualified(a.group_ext_id));
            },
          }
        : {
            api: 'model' as const,
            qualname: 'Users.has_group',
            params: [{ name: 'group_ext_id' }],
            run: (a: Vals) => env.hasGroup(qualified(a.group_ext_id)),
          },
      context_get: {
        api: 'model' as const,
        qualname: 'Users.context_get',
        params: [],
        run: () => ({ lang: env.user.lang ?? 'en_US', tz: env.user.tz ?? false, uid: env.uid }),
      },
    };
  }
}

function qualified(xmlid: unknown): string {
  if (typeof xmlid !== 'string' || !xmlid.includes('.')) throw assertionError(`External ID '${String(xmlid)}' must be fully qualified`);
  return xmlid;
}

function matches(row: Row, password: unknown): boolean {
  return row.__password === password || ((row.__apikeys as string[] | undefined) ?? []).includes(password as string);
}

/** Adds every implied group, transitively. */
export function closeGroups(registry: Registry, ids: number[]): number[] {
  const groups = registry.store.table('res.groups');
  const out = new Set<number>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...((groups.get(id)?.implied_ids as number[]) ?? []));
  }
  return [...out].sort((a, b) => a - b);
}

export class ResGroups extends BaseModel {
  readonly name = 'res.groups';
  readonly description = 'Access Groups';
  readonly className = 'Groups';
  override order = 'name';
  override recName = 'full_name';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Name', required: true },
      full_name: {
        type: 'char',
        string: 'Group Name',
        store: false,
        searchable: true,
        compute: (env, row) => {
          const cat = row.category_id ? env.registry.store.table('ir.module.category').get(row.category_id as number)?.name : null;
          return cat ? `${cat} / ${row.name}` : row.name;
        },
      },
      category_id: { type: 'many2one', string: 'Application', relation: 'ir.module.category' },
      implied_ids: { type: 'many2many', string: 'Inherits', relation: 'res.groups' },
      users: {
        type: 'many2many',
        string: 'Users',
        relation: 'res.users',
        store: false,
        searchable: true,
        compute: (env, row) =>
          [...env.registry.store.table('res.users').rows.values()]
            .filter((u) => (u[env.registry.traits.userGroups] as number[]).includes(row.id))
            .map((u) => u.id),
      },
      share: { type: 'boolean', string: 'Share Group' },
      comment: { type: 'text', string: 'Comment' },
    };
  }
}

export class IrModuleCategory extends BaseModel {
  readonly name = 'ir.module.category';
  readonly description = 'Application';
  readonly className = 'ModuleCategory';
  override order = 'name';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Name', required: true },
      sequence: { type: 'integer', string: 'Sequence' },
    };
  }
}
