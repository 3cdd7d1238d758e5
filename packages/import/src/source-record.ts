/** Why a record was rejected; stable, so that rejects files can be filtered by it. */
export type RejectCode =
  | 'wrong_column_count'
  | 'invalid_quote'
  | 'unterminated_quote'
  | 'record_too_long'
  | 'invalid_json'
  | 'not_an_object'
  | 'invalid_text'
  | 'missing_id'
  | 'invalid_id'
  | 'type_mismatch'
  | 'value_not_allowed'
  | 'too_long'
  | 'invalid_address'
  | 'invalid_consent'
  | 'invalid_channel';

/** One problem of a record: where (column name, null for the whole record), what, and why. */
export interface RecordProblem {
  column: string | null;
  code: RejectCode;
  message: string;
}

/** A record the import did not take, with every problem found in it. */
export interface RejectedRecord {
  /** Physical line of the file the record starts on (1-based; the header is line 1). */
  line: number;
  /** Physical line it ends on: the same, unless a quoted field holds line breaks. */
  endLine: number;
  problems: RecordProblem[];
  /** The record's text as it stands in the file (its start only, when very long). */
  raw: string;
}

/**
 * What a reader yields: the header (column names), a record's fields (in column order), or
 * a record that could not even be split into fields.
 */
export type SourceEntry =
  | { kind: 'header'; columns: readonly string[] }
  | { kind: 'record'; line: number; endLine: number; raw: string; fields: readonly unknown[] }
  | { kind: 'broken'; line: number; endLine: number; raw: string; problem: RecordProblem };

/** A record split into fields. */
export type DataRecord = Extract<SourceEntry, { kind: 'record' }>;
