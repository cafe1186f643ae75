// ir.model.data: external ids (xml ids). Clients look up group ids through it,
// e.g. stock.group_stock_user -> res_id; only "Access Rights" users may read it.
import { Env } from '../orm/env';
import { valueError } from '../errors';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';

export class IrModelData extends BaseModel {
  readonly name = 'ir.model.data';
  readonly description = 'Model Data';
  readonly className = 'IrModelData';
  override order = 'module, model, name';
  override recName = 'complete_name';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'External Identifier', required: true },
      complete_name: { type: 'char', string: 'Complete ID', store: false, searchable: true, compute: (_e, r) => `${r.module}.${r.name}` },
      model: { type: 'char', string: 'Model Name', required: true },
      module: { type: 'char', string: 'Module', required: true, default: () => '' },
      res_id: { type: 'integer', string: 'Record ID' },
      noupdate: { type: 'boolean', string: 'Non Updatable', default: () => false },
    };
  }

  override methods(env: Env) {
    return {
      ...super.methods(env),
      // Public in 17: returns (model, res_id) of an xml id.
      check_object_reference: {
        api: 'model' as const,
        qualname: 'IrModelData.check_object_reference',
        params: [{ name: 'module' }, { name: 'xml_id' }, { name: 'raise_on_access_error', default: false }],
        run: (a: Vals) => {
          const id = this.search(env.sudo(), [
            ['module', '=', a.module],
            ['name', '=', a.xml_id],
          ])[0];
          if (!id) throw valueError(`External ID not found in the system: ${a.module}.${a.xml_id}`);
          const row = this.table.get(id)!;
          return [row.model, row.res_id];
        },
      },
    };
  }
}
