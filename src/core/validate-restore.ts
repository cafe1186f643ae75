// Validation of the Restore sheet before anything is posted. Every problem lands on
// its row (status and message) and in a list that names the sheet, row and cell.
import { cellAddress } from './a1';
import { readExpiryCell } from './expiry-cells';
import { Issue, Severity } from './issues';
import { LotCell, looseName, readLotCell } from './lot-cells';
import { Product } from './model';
import { OriginalLine } from './originals';
import { TargetTracking } from './products-sheet';
import { RESTORE_LAYOUT, RestoreColumns, RestoreSheetRow } from './restore-sheet';
import { columnAt } from './sheet-layout';
import { fitsRounding, roundTo } from './uom';
import { lotFor, lotKey } from './restore-plan';
import { _t, quantity, translated } from './words/translate';
import { day } from './words/dates';

export interface RestoreContext {
  originals: ReadonlyMap<string, OriginalLine>;
  /** Each product as Odoo has it now (its current tracking), with the planned target. */
  products: ReadonlyMap<number, { product: Product; target: TargetTracking }>;
  /**
   * Stock Odoo's lots of these products hold that this run did not put there (what its own
   * restore moves brought is taken off), keyed by `lotKey` (product, company, lot name).
   */
  lotStock: ReadonlyMap<string, { lineKey: string; quantity: number }[]>;
  /** The company of a line whose location has none (Odoo's current company). */
  defaultCompanyId: number;
  /** Ids that still exist in Odoo. */
  valid: { locations: ReadonlySet<number>; packages: ReadonlySet<number>; owners: ReadonlySet<number> };
  /** Odoo's expiration dates; absent when nothing about them was read (then any date is refused). */
  expiry?: ExpiryContext;
}

export interface ExpiryContext {
  /** The Expiration Dates feature (Odoo's product_expiry module) is installed. */
  installed: boolean;
  /** Per product: whether it uses expiration dates, and its expiration time in days. */
  products: ReadonlyMap<number, { uses: boolean; days: number }>;
  /** Expiration date ("YYYY-MM-DD", or null) of the lots that already exist in Odoo, keyed by `lotKey`. */
  lots: ReadonlyMap<string, string | null>;
  /** Today where the user is, "YYYY-MM-DD". */
  today: string;
}

export interface RestoreTarget {
  lineKey: string;
  productId: number;
  locationId: number;
  packageId: number | null;
  ownerId: number | null;
  /** The company of the location: the lot must belong to it. */
  companyId: number;
  lot: string;
  /** What Odoo must hold of this lot here once restored (absolute): stock it held already, plus `added`. */
  quantity: number;
  /** What the sheet's rows put back. */
  added: number;
  /** The lot's expiration date to write when the lot is created ("YYYY-MM-DD"); null: Odoo's default. */
  expiration?: string | null;
}

export type RowStatus = 'OK' | 'Warning' | 'Error';

export interface RestoreValidation {
  statuses: RowStatus[];
  messages: string[];
  issues: Issue[];
  /** What the restore must make true in Odoo; empty when there are errors. */
  targets: RestoreTarget[];
  summary: { rows: number; errors: number; warnings: number; lines: number; acceptedDifferences: number };
}

/** What marks "Accept difference", in English or French (oui, vrai: Excel's TRUE in French). */
const TRUTHY = new Set(['true', 'yes', 'y', 'x', '1', 'accept', 'ok', 'oui', 'o', 'vrai', 'accepter']);

/** The company a line's lots belong to. */
export function lineCompany(original: OriginalLine, context: Pick<RestoreContext, 'defaultCompanyId'>): number {
  return original.company?.id ?? context.defaultCompanyId;
}

/** Stock this lot holds in Odoo that the run did not put there: its own company's lot, or one shared by all. */
function foreignStock(context: RestoreContext, productId: number, companyId: number, lot: string): { lineKey: string; quantity: number }[] {
  const own = context.lotStock.get(lotKey(productId, companyId, lot)) ?? [];
  const shared = context.lotStock.get(lotKey(productId, null, lot)) ?? [];
  return [...own, ...shared].filter((s) => Math.abs(s.quantity) > 1e-9);
}

export function validateRestore(rows: readonly RestoreSheetRow[], columns: RestoreColumns, context: RestoreContext): RestoreValidation {
  const sheet = RESTORE_LAYOUT.sheet;
  const statuses: RowStatus[] = rows.map(() => 'OK');
  const messages: string[][] = rows.map(() => []);
  const issues: Issue[] = [];
  const flag = (i: number, column: number, severity: Severity, message: string, productId?: number) => {
    if (severity === 'error') statuses[i] = 'Error';
    else if (statuses[i] !== 'Error') statuses[i] = 'Warning';
    messages[i].push(message);
    issues.push({ severity, message, cell: cellAddress(sheet, rows[i].sheetRow, column), productId });
  };

  const lots: (LotCell & { name?: string })[] = rows.map((r) => readLotCell(r.lot, r.lotFormat));
  const qtys: (number | null)[] = rows.map((r) => (typeof r.qty === 'number' && Number.isFinite(r.qty) ? r.qty : null));
  const rowsByLine = new Map<string, number[]>();
  const serialSeen = new Map<string, number>(); // lotKey -> first row index
  const foreignNoted = new Set<string>(); // line|lot already told about the lot's own stock
  const againNoted = new Set<string>(); // first row index > later sheet row, already told
  const accept = headerText('accept');
  const looseSeen = new Map<string, { index: number; name: string }>();
  const expirySeen = new Map<string, { index: number; date: string }>(); // productId|lot -> first dated row

  /** The Expiration date cell: readable, allowed for this product, one date per lot, and the lot's own if it exists. */
  const checkExpiry = (i: number, product: Product, lot: LotCell, companyId: number) => {
    const column = columns.expiration!;
    const cell = readExpiryCell(rows[i].expiry, rows[i].expiryFormat);
    if (!cell.ok) return flag(i, column, 'error', cell.problem, product.id);
    if (!cell.date) return;
    const expiry = context.expiry;
    if (!expiry?.installed) {
      return flag(
        i,
        column,
        'error',
        _t(
          "Odoo's expiration dates are not turned on (Inventory > Configuration > Settings > Expiration Dates). Clear the cell, or turn them on and validate again.",
        ),
        product.id,
      );
    }
    if (!expiry.products.get(product.id)?.uses) {
      return flag(
        i,
        column,
        'error',
        _t('{product} does not use expiration dates in Odoo (product form, Inventory tab, Expiration Date). Clear the cell, or tick it and validate again.', {
          product: product.reference || product.name,
        }),
        product.id,
      );
    }
    if (cell.date < expiry.today) flag(i, column, 'warning', _t('Expiration date {date} is already past.', { date: day(cell.date) }), product.id);
    if (!lot.ok) return;
    const key = lotKey(product.id, companyId, lot.name);
    const existing = lotFor(expiry.lots, product.id, companyId, lot.name);
    if (existing !== undefined && existing !== cell.date) {
      return flag(
        i,
        column,
        'error',
        existing === null
          ? _t(
              'Lot {lot} already exists in Odoo with expiration date (none); the add-in does not change an existing lot. Put nothing here, or change the lot in Odoo.',
              {
                lot: lot.name,
              },
            )
          : _t(
              'Lot {lot} already exists in Odoo with expiration date {date}; the add-in does not change an existing lot. Put {date} here, or change the lot in Odoo.',
              {
                lot: lot.name,
                date: existing,
              },
            ),
        product.id,
      );
    }
    const first = expirySeen.get(key);
    if (!first) expirySeen.set(key, { index: i, date: cell.date });
    else if (first.date !== cell.date) {
      flag(
        i,
        column,
        'error',
        _t('Lot {lot} has expiration date {date} here and {other} on row {row}; a lot has one expiration date.', {
          lot: lot.name,
          date: day(cell.date),
          other: day(first.date),
          row: rows[first.index].sheetRow + 1,
        }),
        product.id,
      );
    }
  };

  rows.forEach((row, i) => {
    const original = context.originals.get(row.line);
    if (!original) {
      flag(
        i,
        columns.line,
        'error',
        row.line
          ? _t('Line {line} is not an original line of this run; the row was typed or copied by hand. Use Split to add rows.', { line: row.line })
          : _t('This row belongs to no original line (its {column} cell is empty). Use Split to add rows.', { column: headerText('line') }),
      );
      return;
    }
    (rowsByLine.get(row.line) ?? rowsByLine.set(row.line, []).get(row.line)!).push(i);
    const entry = context.products.get(original.productId)!;
    const { product, target } = entry;
    const lot = lots[i];
    if (!lot.ok) flag(i, columns.lot, 'error', lot.problem, product.id);
    else if (lot.warning) flag(i, columns.lot, 'warning', lot.warning, product.id);
    const qty = qtys[i];
    if (qty === null)
      flag(
        i,
        columns.qty,
        'error',
        typeof row.qty === 'string' && row.qty.trim() ? _t('Qty "{text}" is text, not a number.', { text: row.qty }) : _t('Qty is blank.'),
        product.id,
      );
    else if (target === 'serial' && qty !== 1)
      flag(i, columns.qty, 'error', _t('A serial number counts exactly 1 unit; Qty is {qty}.', { qty: quantity(qty) }), product.id);
    else if (qty <= 0) flag(i, columns.qty, 'error', _t('Qty must be more than 0; it is {qty}.', { qty: quantity(qty) }), product.id);
    else if (!fitsRounding(qty, product.uom.rounding))
      flag(
        i,
        columns.qty,
        'error',
        _t('Qty {qty} has more decimals than {uom} allows ({rounding}).', {
          qty: quantity(qty),
          uom: product.uom.name,
          rounding: quantity(product.uom.rounding),
        }),
        product.id,
      );

    const companyId = lineCompany(original, context);
    if (lot.ok) {
      const key = lotKey(product.id, companyId, lot.name);
      const foreign = foreignStock(context, product.id, companyId, lot.name);
      if (target === 'serial') {
        const first = serialSeen.get(key);
        if (first !== undefined) {
          flag(
            i,
            columns.lot,
            'error',
            _t('Serial {lot} is already used on row {row}; a serial number is unique per product in a company.', {
              lot: lot.name,
              row: rows[first].sheetRow + 1,
            }),
            product.id,
          );
          const again = `${first}>${row.sheetRow}`;
          if (!againNoted.has(again)) {
            againNoted.add(again);
            flag(first, columns.lot, 'error', _t('Serial {lot} is used again on row {row}.', { lot: lot.name, row: row.sheetRow + 1 }), product.id);
          }
        } else serialSeen.set(key, i);
        if (foreign.some((s) => s.quantity > 0))
          flag(
            i,
            columns.lot,
            'error',
            _t('Serial {lot} already holds stock in Odoo for this product; a serial number counts one unit.', { lot: lot.name }),
            product.id,
          );
      } else {
        const here = foreign.filter((s) => s.lineKey === row.line).reduce((sum, s) => sum + s.quantity, 0);
        const noted = `${row.line}|${lot.name}`;
        if (Math.abs(here) > 1e-9 && !foreignNoted.has(noted)) {
          foreignNoted.add(noted);
          flag(
            i,
            columns.lot,
            'warning',
            _t("Lot {lot} already holds {qty} here in Odoo; the restore adds this line's quantity to it.", { lot: lot.name, qty: quantity(here) }),
            product.id,
          );
        }
      }
      const loose = `${product.id}|${looseName(lot.name)}`;
      const similar = looseSeen.get(loose);
      if (similar && similar.name !== lot.name) {
        flag(
          i,
          columns.lot,
          'warning',
          _t('"{lot}" differs from "{other}" on row {row} only by case or spacing; Odoo treats them as two different numbers.', {
            lot: lot.name,
            other: similar.name,
            row: rows[similar.index].sheetRow + 1,
          }),
          product.id,
        );
      } else if (!similar) looseSeen.set(loose, { index: i, name: lot.name });
    }
    if (columns.expiration !== undefined) checkExpiry(i, product, lot, companyId);
    if (product.tracking !== target) {
      flag(
        i,
        columns.reference,
        'error',
        _t('{product} is tracked "{tracking}" in Odoo, not "{target}" yet: change the tracking first.', {
          product: product.reference || product.name,
          tracking: product.tracking,
          target,
        }),
        product.id,
      );
    }
    if (!context.valid.locations.has(original.location.id))
      flag(i, columns.location, 'error', _t('Location {location} no longer exists or is archived in Odoo.', { location: original.location.name }), product.id);
    if (original.package && !context.valid.packages.has(original.package.id))
      flag(i, columns.location, 'error', _t('Package {package} no longer exists in Odoo.', { package: original.package.name }), product.id);
    if (original.owner && !context.valid.owners.has(original.owner.id))
      flag(i, columns.location, 'error', _t('Owner {owner} no longer exists in Odoo.', { owner: original.owner.name }), product.id);
  });

  // Per original line: the rows' Qty must add up to the original quantity.
  let acceptedDifferences = 0;
  for (const [key, original] of context.originals) {
    const members = rowsByLine.get(key) ?? [];
    const product = context.products.get(original.productId)?.product;
    const label = lineLabel(product?.reference || product?.name || String(original.productId), original);
    const accepted = members.some((i) =>
      TRUTHY.has(
        String(rows[i].accept ?? '')
          .trim()
          .toLowerCase(),
      ),
    );
    if (original.doubts?.length && members.length) {
      const doubts = original.doubts.join(' ');
      if (accepted)
        flag(
          members[0],
          columns.accept,
          'warning',
          _t('{line}: the history is ambiguous. {doubts} Confirmed by the user.', { line: label, doubts }),
          original.productId,
        );
      else
        flag(
          members[0],
          columns.original,
          'error',
          _t('{line}: the history is ambiguous. {doubts} Check it in Odoo, then mark "{accept}" to confirm the original.', { line: label, doubts, accept }),
          original.productId,
        );
    }
    if (!members.length) {
      issues.push({
        severity: 'error',
        message: _t('{line}: the original {qty} has no row in the Restore sheet.', { line: label, qty: quantity(original.quantity) }),
        cell: `${sheet}!A1`,
        productId: original.productId,
      });
      continue;
    }
    const rounding = product?.uom.rounding ?? 0.01;
    const total = roundTo(
      members.reduce((s, i) => s + (qtys[i] ?? 0), 0),
      rounding,
    );
    if (total === roundTo(original.quantity, rounding)) continue;
    const sums = {
      line: label,
      total: quantity(total),
      original: quantity(original.quantity),
      difference: quantity(roundTo(total - original.quantity, rounding)),
    };
    if (accepted) {
      acceptedDifferences += 1;
      flag(
        members[0],
        columns.accept,
        'warning',
        _t('{line}: rows add up to {total}, the original was {original} (difference {difference}). Accepted.', sums),
        original.productId,
      );
      issues[issues.length - 1].accepted = true;
    } else {
      const past = rows[members[members.length - 1]].sheetRow + 1;
      flag(
        members[0],
        columns.qty,
        'error',
        _t(
          '{line}: rows add up to {total}, the original was {original} (difference {difference}). A paste that stops short or runs past this product\'s rows (last row {past}) shows up here. Fix the rows, or mark "{accept}".',
          { ...sums, past, accept },
        ),
        original.productId,
      );
    }
  }

  const errors = statuses.filter((s) => s === 'Error').length + issues.filter((i) => i.severity === 'error' && i.cell === `${sheet}!A1`).length;
  const warnings = statuses.filter((s) => s === 'Warning').length;
  return {
    statuses,
    messages: messages.map((m) => m.join(' ')),
    issues,
    targets: errors ? [] : buildTargets(rows, lots, qtys, context),
    summary: { rows: rows.length, errors, warnings, lines: context.originals.size, acceptedDifferences },
  };
}

/** "[REF] at WH/Stock in PACK-1 owned by Azure": an original line as the user finds it in the sheet. */
function lineLabel(product: string, original: OriginalLine): string {
  const at = _t('{product} at {location}', { product, location: original.location.name });
  const inPackage = original.package ? _t('{line} in {package}', { line: at, package: original.package.name }) : at;
  return original.owner ? _t('{line} owned by {owner}', { line: inPackage, owner: original.owner.name }) : inPackage;
}

/** What Odoo must hold per (line, lot): rows of the same lot in the same line add up (rows without errors only). */
export function buildTargets(
  rows: readonly RestoreSheetRow[],
  lots: readonly LotCell[],
  qtys: readonly (number | null)[],
  context: RestoreContext,
): RestoreTarget[] {
  const byKey = new Map<string, RestoreTarget>();
  rows.forEach((row, i) => {
    const original = context.originals.get(row.line)!;
    const lot = lots[i] as { ok: true; name: string };
    const key = `${row.line}|${lot.name}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.quantity += qtys[i]!;
      existing.added += qtys[i]!;
    } else {
      const companyId = lineCompany(original, context);
      const held = foreignStock(context, original.productId, companyId, lot.name)
        .filter((s) => s.lineKey === row.line)
        .reduce((sum, s) => sum + s.quantity, 0);
      byKey.set(key, {
        lineKey: row.line,
        productId: original.productId,
        locationId: original.location.id,
        packageId: original.package?.id ?? null,
        ownerId: original.owner?.id ?? null,
        companyId,
        lot: lot.name,
        quantity: held + qtys[i]!,
        added: qtys[i]!,
        expiration: null,
      });
    }
    const target = byKey.get(key)!;
    const expiry = readExpiryCell(row.expiry, row.expiryFormat);
    if (expiry.ok && expiry.date) target.expiration ??= expiry.date;
  });
  return [...byKey.values()];
}

/** A Restore column's header as the user's language writes it, for naming it in a message. */
function headerText(id: string): string {
  return translated(RESTORE_LAYOUT.columns[columnAt(RESTORE_LAYOUT, id)].header);
}
