// The app steps tell the custom functions that Odoo changed through the shared session
// (src/session), without importing them: the functions' cache is dropped.
import { stockSource } from '../../../src/functions/functions';
import { notifyOdooChanged } from '../../../src/session/session';

test('a post announced on the session drops the custom functions’ cached reads', () => {
  const spy = jest.spyOn(stockSource, 'invalidate');
  notifyOdooChanged();
  expect(spy).toHaveBeenCalledTimes(1);
});
