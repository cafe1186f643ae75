export { WorkbookGrid } from './WorkbookGrid';
export type { WorkbookGridProps } from './WorkbookGrid';
