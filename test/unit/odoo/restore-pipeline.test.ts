import { OdooError } from '../../../src/odoo/errors';
import { isConcurrencyFailure } from '../../../src/odoo/restore-pipeline';

test("Odoo's concurrency failures are told apart from every other refusal", () => {
  const server = (name: string, message: string) => new OdooError('server', message, name, 'stock.quant.action_apply_inventory');
  expect(isConcurrencyFailure(server('psycopg2.errors.SerializationFailure', 'could not serialize access due to concurrent update\n'))).toBe(true);
  expect(isConcurrencyFailure(server('psycopg2.errors.LockNotAvailable', 'could not obtain lock on row in relation "stock_quant"'))).toBe(true);
  expect(isConcurrencyFailure(server('psycopg2.errors.DeadlockDetected', 'deadlock detected'))).toBe(true);
  // a message alone is enough (a proxy or a version that names the error otherwise)
  expect(isConcurrencyFailure(server('', 'could not serialize access due to concurrent update'))).toBe(true);
  // not retried: business refusals, constraint errors, network losses (the call may have landed)
  expect(
    isConcurrencyFailure(new OdooError('validation', 'The combination of serial number and product must be unique', 'odoo.exceptions.ValidationError')),
  ).toBe(false);
  expect(isConcurrencyFailure(new OdooError('user', 'Only a stock manager can validate an inventory adjustment.', 'odoo.exceptions.UserError'))).toBe(false);
  expect(isConcurrencyFailure(new OdooError('network', 'fetch failed (object.execute_kw).'))).toBe(false);
  expect(isConcurrencyFailure(new Error('could not serialize access due to concurrent update'))).toBe(false);
  expect(isConcurrencyFailure(server('psycopg2.errors.UndefinedColumn', 'column "x" does not exist'))).toBe(false);
});
