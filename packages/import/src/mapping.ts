import { CatalogKey, Channel, Consent, SensitiveCategory } from '@pinpoint/domain';
import { z } from 'zod';
import { dateFormatProblem } from './date-format';

/** A column of the file: a CSV header name, or a top-level key of an NDJSON object. */
const ColumnName = z.string().min(1, 'expected a column name').max(1000);

/**
 * What a raw value becomes. Keys are compared after trimming (when trimming is on), so
 * `" Male"` and `"Male"` name the same value; `null` means "missing".
 */
const ValueMap = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const DateFormat = z
  .string()
  .max(40)
  .superRefine((format, context) => {
    const problem = dateFormatProblem(format);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** How one column becomes one catalog attribute. */
export const AttributeMapping = z
  .strictObject({
    /** Column to read; defaults to the attribute's key. */
    column: ColumnName.optional(),
    /**
     * The attribute's type. For an attribute already in the catalog it must agree with the
     * catalog; for one created by the import it is inferred from a sample when absent.
     */
    type: z.enum(['string', 'number', 'boolean', 'date', 'enum']).optional(),
    /** Create the catalog entry when it is missing, and learn enum values from the file. */
    create: z.boolean().default(false),
    label: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).optional(),
    unit: z.string().max(40).optional(),
    sensitive: SensitiveCategory.optional(),
    /** Allowed values of an enum: when given, other values are rejected instead of learned. */
    values: z.array(z.string().min(1).max(200)).min(1).max(1000).optional(),
    map: ValueMap.optional(),
    /** Raw values that mean "unknown", in addition to the mapping's `missing`. */
    missing: z.array(z.string()).optional(),
    trim: z.boolean().optional(),
    dateFormat: DateFormat.optional(),
    decimalSeparator: z.enum(['.', ',']).optional(),
  })
  .superRefine((mapping, context) => {
    if (mapping.values && mapping.type !== undefined && mapping.type !== 'enum') {
      context.addIssue({
        code: 'custom',
        path: ['values'],
        message: `only enum attributes have a list of values; this one is a ${mapping.type}`,
      });
    }
  });
/** How one column becomes one catalog attribute. */
export type AttributeMapping = z.infer<typeof AttributeMapping>;

/** A channel's address column, with its consent and when consent was given. */
export const ChannelMapping = z.strictObject({
  address: ColumnName,
  /** Column holding the consent; without it every address gets `defaultConsent`. */
  consent: ColumnName.optional(),
  /** What consent values mean, beyond granted/denied/unknown, yes/no, true/false, 1/0. */
  consentMap: z.record(z.string(), Consent).optional(),
  defaultConsent: Consent.default('unknown'),
  /** Column holding when consent was given or withdrawn (ISO 8601 date or timestamp). */
  consentAt: ColumnName.optional(),
});
/** A channel's address column, with its consent. */
export type ChannelMapping = z.infer<typeof ChannelMapping>;

/** Where each profile's external id comes from. */
export const IdMapping = z.union([
  z.strictObject({ column: ColumnName }),
  z.strictObject({
    /**
     * `line-number`: the physical line the record starts on (one profile per record, stable
     * while the file is only appended to). `content-hash`: a hash of the record's fields
     * (stable however the file is sorted; identical records become one profile).
     */
    generate: z.enum(['line-number', 'content-hash']),
    /** Put before the generated id, so that two files' line numbers do not collide. */
    prefix: z.string().max(100).default(''),
  }),
]);
/** Where each profile's external id comes from. */
export type IdMapping = z.infer<typeof IdMapping>;

/**
 * An import mapping: how the records of a CSV or NDJSON file become profiles. Stored as a
 * JSON file beside the data (see `examples/adult/mapping.json`).
 */
export const ImportMapping = z.strictObject({
  /** File format; by default taken from the file name (`.ndjson`, `.jsonl`), else CSV. */
  format: z.enum(['csv', 'ndjson']).optional(),
  csv: z
    .strictObject({
      delimiter: z.string().length(1).default(','),
      quote: z.string().length(1).default('"'),
      /** Column names of a file without a header row; without them the first row is the header. */
      columns: z.array(ColumnName).min(1).optional(),
    })
    .default({ delimiter: ',', quote: '"' }),
  encoding: z.enum(['utf-8', 'latin1']).default('utf-8'),
  id: IdMapping,
  /** Trim spaces around values (CSV fields outside quotes, NDJSON strings). */
  trim: z.boolean().default(true),
  /** Raw values that mean "unknown" in every column (compared after trimming). */
  missing: z.array(z.string()).default(['']),
  /** Default format of date columns. */
  dateFormat: DateFormat.default('YYYY-MM-DD'),
  attributes: z.record(CatalogKey, AttributeMapping).default({}),
  channels: z.partialRecord(Channel, ChannelMapping).default({}),
  preferredChannel: z
    .strictObject({ column: ColumnName, map: z.record(z.string(), Channel.nullable()).optional() })
    .optional(),
  /** Records read before types are inferred and the first batch is written. */
  sampleSize: z.number().int().min(1).max(100_000).default(1000),
  /** An inferred enum has at most this many distinct values in the sample. */
  enumMaxValues: z.number().int().min(1).max(1000).default(50),
});
/** A validated import mapping, with defaults filled in. */
export type ImportMapping = z.infer<typeof ImportMapping>;
/** An import mapping as written in a file, before defaults are filled in. */
export type ImportMappingInput = z.input<typeof ImportMapping>;
