// The layering of docs/ARCHITECTURE.md, checked against the real imports: the doc's table
// is the generated one (scripts/import-graph.ts --write), and no arrow points the wrong way.
import { documentedTable, importTable, layerEdges, normalizeTable } from '../../scripts/import-graph';

test("docs/ARCHITECTURE.md's import table is the one the source has (npx tsx scripts/import-graph.ts --write)", () => {
  expect(normalizeTable(documentedTable() ?? '')).toBe(normalizeTable(importTable()));
});

test('no import points the wrong way', () => {
  const edges = layerEdges();
  const from = (layer: string) => edges.filter((e) => e.from === layer).map((e) => e.to);
  // The pane calls the app steps (and the core's pure helpers); its entry alone loads the custom functions.
  expect(from('taskpane').filter((l) => !['app', 'core'].includes(l))).toEqual(['functions']);
  expect(edges.find((e) => e.from === 'taskpane' && e.to === 'functions')!.files).toEqual(['taskpane/index.tsx']);
  // The app steps and the custom functions never import each other; they share src/session.
  expect(from('app')).not.toContain('functions');
  expect(from('functions')).not.toContain('app');
  expect(from('app')).toContain('session');
  expect(from('functions')).toContain('session');
  // The core imports nothing; the adapters only the core.
  expect(from('core')).toEqual([]);
  expect(from('excel')).toEqual(['core']);
  expect(from('odoo')).toEqual(['core']);
});
