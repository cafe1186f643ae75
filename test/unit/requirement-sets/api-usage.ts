// Which Excel JavaScript APIs the add-in's code uses, and the requirement set of each:
// the TypeScript type checker resolves every property access and call to its declaration
// in @types/office-js, whose doc comment names the set ("[Api set: ExcelApi 1.7]").
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '../../..');
const OFFICE_TYPES = `${sep}@types${sep}office-js${sep}index.d.ts`;

export interface ApiUse {
  /** "Range.getResizedRange", "Excel.run" */
  api: string;
  /** "1.7", or the set's name when it is not numbered ("ExcelApiOnline 1.1") */
  set: string;
  file: string;
  line: number;
}

/** "1.10" > "1.9": compares numbered sets; a set that is not ExcelApi x.y counts as newest. */
export function compareSets(a: string, b: string): number {
  const parse = (s: string) => (/^\d+\.\d+$/.test(s) ? s.split('.').map(Number) : [Infinity, Infinity]);
  const [x, y] = [parse(a), parse(b)];
  return x[0] - y[0] || x[1] - y[1];
}

/** The ExcelApi MinVersion the manifest declares, or null. */
export function manifestExcelApi(xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8')): string | null {
  return /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>/.exec(xml)?.[1] ?? null;
}

function sourceFiles(dir: string, skip: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, skip));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The set named in a declaration's doc comment, e.g. "1.7"; null when it names none. */
function apiSetOf(declaration: ts.Node): string | null {
  const text = declaration.getFullText();
  const comment = text.slice(0, text.length - declaration.getText().length);
  // ExcelApi 1.x, or a set outside the numbered line (ExcelApiOnline, ExcelApiDesktop): never "old enough"
  const m = /\[Api set: (Excel\w*) ([\d.]+)/.exec(comment);
  if (!m) return null;
  return m[1] === 'ExcelApi' ? m[2] : `${m[1]} ${m[2]}`;
}

/** "Range.getResizedRange" for a member of class Excel.Range; null outside namespace Excel. */
function apiNameOf(declaration: ts.Declaration): string | null {
  const names: string[] = [];
  let node: ts.Node | undefined = declaration;
  while (node && !ts.isSourceFile(node)) {
    const name = (node as ts.NamedDeclaration).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
    node = node.parent;
  }
  // names: ["Excel", "Range", "getResizedRange"] (ModuleDeclaration, class, member)
  if (names[0] !== 'Excel' || names.length < 2) return null;
  if (names[1] === 'Interfaces') return null; // the load/set option shapes, not APIs
  return names.length === 2 ? `Excel.${names[1]}` : names.slice(1).join('.');
}

/** Every use of a member of namespace Excel in the given source files. */
export function excelApiUses(files: string[] = sourceFiles(join(ROOT, 'src'), (p) => p === join(ROOT, 'src', 'workbench'))): ApiUse[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        // a call resolves to the overload it uses; a property to its declaration
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        const declarations = call
          ? [checker.getResolvedSignature(call)?.declaration].filter((d): d is ts.SignatureDeclaration => !!d && !ts.isJSDocSignature(d))
          : (checker.getSymbolAtLocation(node.name)?.declarations ?? []);
        for (const declaration of declarations) {
          if (!declaration.getSourceFile().fileName.split('/').join(sep).endsWith(OFFICE_TYPES)) continue;
          const api = apiNameOf(declaration);
          const set = api && apiSetOf(declaration);
          if (api && set) {
            const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
            uses.push({ api, set, file: relative(ROOT, file).split(sep).join('/'), line: line + 1 });
            break;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** Every member of namespace Excel with its set, "Range.values" -> "1.1", from @types/office-js. */
export function excelApiSets(): Map<string, string> {
  const path = require.resolve('@types/office-js/index.d.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const sets = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isMethodDeclaration(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isPropertySignature(node) ||
        ts.isGetAccessor(node)) &&
      node.name
    ) {
      const api = apiNameOf(node);
      const set = api && apiSetOf(node);
      // overloads: the oldest set that has the member
      if (api && set && (!sets.has(api) || compareSets(set, sets.get(api)!) < 0)) sets.set(api, set);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sets;
}

/** The classes the strict Excel implements (its proxies' names), whose members it gates by set. */
export const SIM_CLASSES = [
  'Application',
  'ConditionalFormat',
  'ConditionalFormatCollection',
  'ConditionalFormatRule',
  'ConditionalRangeFill',
  'ConditionalRangeFont',
  'ConditionalRangeFormat',
  'CustomConditionalFormat',
  'DataValidation',
  'Range',
  'RangeBorder',
  'RangeBorderCollection',
  'RangeFill',
  'RangeFont',
  'RangeFormat',
  'Table',
  'TableCollection',
  'TableColumn',
  'TableColumnCollection',
  'TableRow',
  'TableRowCollection',
  'Workbook',
  'Worksheet',
  'WorksheetCollection',
  'WorksheetFreezePanes',
];

/** src/workbench/excel-sim/api-sets.ts as generated from @types/office-js (members newer than 1.1). */
export function simApiSetsSource(sets = excelApiSets()): string {
  const entries = [...sets]
    .filter(([api, set]) => SIM_CLASSES.includes(api.split('.')[0]) && api.split('.').length === 2 && set !== '1.1')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/office-js/package.json'), 'utf8')).version as string;
  return [
    `// Generated by \`npx tsx test/unit/requirement-sets/write-sim-sets.ts\` from @types/office-js ${version}:`,
    '// the requirement set of each member of the classes the strict Excel implements, when newer',
    '// than ExcelApi 1.1 (a set that is not ExcelApi x.y is given by name). test/unit/requirement-sets checks it.',
    'export const API_SETS: Readonly<Record<string, string>> = {',
    ...entries.map(([api, set]) => `  '${api}': '${set}',`),
    '};',
    '',
  ].join('\n');
}
