import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ProductStatus } from '../../app/status-step';

/** One row per product of the run: its stage and quantities, as Odoo has them now. */
export function StatusTable({ runRef, products }: { runRef: string; products: ProductStatus[] }) {
  return (
    <Table size="extra-small" aria-label={`Run ${runRef}`} data-testid="run-status">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Product</TableHeaderCell>
          <TableHeaderCell>Target</TableHeaderCell>
          <TableHeaderCell>Stage</TableHeaderCell>
          <TableHeaderCell>Original</TableHeaderCell>
          <TableHeaderCell>Restored</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {products.map((p) => (
          <TableRow key={p.productId}>
            <TableCell>{p.label}</TableCell>
            <TableCell>{p.target}</TableCell>
            <TableCell>{p.stage}</TableCell>
            <TableCell>{p.original}</TableCell>
            <TableCell>{p.restored}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
