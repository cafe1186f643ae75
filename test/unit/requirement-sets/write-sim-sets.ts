// Writes src/workbench/excel-sim/api-sets.ts from @types/office-js (run after upgrading it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, simApiSetsSource } from './api-usage';

writeFileSync(join(ROOT, 'src/workbench/excel-sim/api-sets.ts'), simApiSetsSource());
