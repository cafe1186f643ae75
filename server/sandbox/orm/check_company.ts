// BaseModel._check_company (odoo/models.py, 17.0): the records linked through
// check_company fields must belong to the record's company or to none. Raised as a
// UserError listing at most five inconsistencies, in each version's words (versions.ts).
import { userError } from '../errors';
import type { Env } from './env';
import type { BaseModel } from './model';

/** _check_company_domain of the base model: no company, or the record's company. */
function compatible(recordCompany: number | null, corecordCompany: number | null): boolean {
  if (!recordCompany) return !corecordCompany;
  return !corecordCompany || corecordCompany === recordCompany;
}

/** Checks the given check_company fields (in the model's field order) of the records. */
export function checkCompany(env: Env, model: BaseModel, ids: number[], fnames: string[], opts: { firstRecordOnly?: boolean } = {}): void {
  const su = env.sudo();
  const inconsistencies: [number, string, number][] = [];
  for (const id of ids) {
    const row = model.table.get(id);
    if (!row) continue;
    const company = model.name === 'res.company' ? id : ((model.value(su, row, 'company_id') as number | null) ?? null);
    for (const name of fnames) {
      const field = model.fields[name];
      const coId = model.value(su, row, name) as number | null;
      if (!coId || !field?.relation) continue;
      const comodel = env.model(field.relation);
      if (!comodel.fields.company_id) continue;
      const corow = comodel.table.get(coId);
      if (!corow) continue;
      if (!compatible(company, (comodel.value(su, corow, 'company_id') as number | null) ?? null)) inconsistencies.push([id, name, coId]);
    }
  }
  if (!inconsistencies.length) return;
  if (opts.firstRecordOnly) inconsistencies.splice(0, inconsistencies.length, ...inconsistencies.filter(([id]) => id === inconsistencies[0][0]));
  const companies = env.model('res.company');
  const items = inconsistencies.slice(0, 5).map(([id, name, coId]) => {
    const field = model.fields[name];
    // a company record is its own company (company_msg); the sandbox has no such check_company field
    const company = model.name === 'res.company' ? id : (model.value(su, model.table.get(id)!, 'company_id') as number | null);
    return {
      record: String(model.displayName(su, id)),
      company: company ? String(companies.displayName(su, company)) : null,
      field: field.string,
      fname: name,
      values: [String(env.model(field.relation!).displayName(su, coId))],
    };
  });
  throw userError(env.registry.traits.incompatibleCompaniesMessage(items));
}
