// A module not installed is told by the refusal's kind and the model's name, not by Odoo's
// English sentence: Odoo words it in the user's own language.
import { OdooError, isUnknownModel } from '../../../src/odoo/errors';

const user = (message: string) => new OdooError('user', message, 'odoo.exceptions.UserError');

test.each([
  ["Object stock.valuation.layer doesn't exist", true],
  ["L'objet stock.valuation.layer n'existe pas", true],
  ["the model 'stock.valuation.layer' does not exist", true],
  ["Object stock.valuation.layer.line doesn't exist", false],
  ["Object x.stock.valuation.layer doesn't exist", false],
])('a UserError saying %j is stock.valuation.layer unknown: %s', (message, unknown) => {
  expect(isUnknownModel(user(message), 'stock.valuation.layer')).toBe(unknown);
});

test('over JSON-2 the refusal is a NotFound; other refusals naming the model are not "unknown"', () => {
  const notFound = new OdooError('server', "the model 'stock.valuation.layer' does not exist", 'werkzeug.exceptions.NotFound');
  expect(isUnknownModel(notFound, 'stock.valuation.layer')).toBe(true);
  const access = new OdooError('access', 'You are not allowed to access stock.valuation.layer records.', 'odoo.exceptions.AccessError');
  expect(isUnknownModel(access, 'stock.valuation.layer')).toBe(false);
  expect(isUnknownModel(new Error("Object stock.valuation.layer doesn't exist"), 'stock.valuation.layer')).toBe(false);
});
