export { ImportError, type ImportErrorCode, type ImportOutcome } from './import-error';
export { importProfiles, type ImportOptions } from './import-profiles';
export type { ImportFormat, ImportSource } from './import-source';
export type { CreatedAttribute, ImportProgress, ImportSummary } from './import-summary';
export {
  AttributeMapping,
  ChannelMapping,
  IdMapping,
  ImportMapping,
  type ImportMappingInput,
} from './mapping';
export { loadMapping, parseMapping } from './mapping-load';
export type { RejectsFormat } from './rejects-writer';
export type { RecordProblem, RejectCode, RejectedRecord } from './source-record';
export type { ExportedProfile, ExportFormat } from './export-format';
export {
  ExportError,
  exportSegment,
  type ExportOptions,
  type ExportSummary,
} from './export-segment';
