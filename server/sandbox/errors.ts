// Python exceptions as Odoo 17 serialises them: the client only ever sees
// data.name ("odoo.exceptions.UserError", "builtins.ValueError", ...), data.message
// and data.arguments, so an error here is just those three things.

export class OdooError extends Error {
  constructor(
    /** Fully qualified Python class name, as odoo.http.serialize_exception writes it. */
    readonly pyName: string,
    message: string,
    /** exception.args; Odoo's own exceptions carry the message as their only argument. */
    readonly args: unknown[] = [message],
  ) {
    super(message);
  }
}

export const userError = (msg: string) => new OdooError('odoo.exceptions.UserError', msg);
export const validationError = (msg: string) => new OdooError('odoo.exceptions.ValidationError', msg);
export const accessError = (msg: string) => new OdooError('odoo.exceptions.AccessError', msg);
export const missingError = (msg: string) => new OdooError('odoo.exceptions.MissingError', msg);
export const accessDenied = () => new OdooError('odoo.exceptions.AccessDenied', 'Access Denied');
export const valueError = (msg: string) => new OdooError('builtins.ValueError', msg);
export const typeError = (msg: string) => new OdooError('builtins.TypeError', msg);
export const attributeError = (msg: string) => new OdooError('builtins.AttributeError', msg);
export const assertionError = (msg: string) => new OdooError('builtins.AssertionError', msg);
/** Odoo's ustr(exception) joins the args, so a KeyError's message has no quotes. */
export const keyError = (key: string) => new OdooError('builtins.KeyError', key, [key]);

/** A stand-in for the traceback Odoo puts in data.debug (ours has no Python frames). */
export function fakeTraceback(err: OdooError): string {
  return `Traceback (most recent call last):\n  File "<sandbox>", line 1, in <module>\n${err.pyName}: ${err.message}\n`;
}
