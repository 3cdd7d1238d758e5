import { CatalogKey, joinPath, type Issue, type SpecialCategorySettings } from '@pinpoint/domain';
import { DEFAULT_MINIMUM_AUDIENCE, PrivacyBudget, ReleasePolicy } from '@pinpoint/privacy';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { loadCatalog } from './catalog-repository';
import type { Database } from './client';
import type { WriteResult } from './segment-repository';

/**
 * A workspace's settings: its choices on special categories of personal data (see
 * `SpecialCategorySettings`) and how numbers are released to partners. The privacy fields
 * reuse the release policy's and budget's own schemas, so that a setting the privacy package
 * would refuse is refused here too.
 */
export const WorkspaceSettings = z
  .strictObject({
    politicalConsentAttribute: CatalogKey.nullable(),
    allowSensitiveCommercial: z.boolean({ error: 'expected true or false' }),
    minimumAudience: ReleasePolicy.shape.minimumAudience,
    epsilonPerNumber: ReleasePolicy.shape.epsilonPerNumber,
    /** ε one API key may spend per `budgetPeriod`. */
    budgetEpsilon: PrivacyBudget.shape.epsilonPerPeriod,
    budgetPeriod: PrivacyBudget.shape.period,
  })
  .refine((s) => s.budgetEpsilon >= s.epsilonPerNumber, {
    path: ['budgetEpsilon'],
    message: 'expected a budget of at least ε per number, or no number could ever be released',
  });
/** A workspace's settings, validated. */
export type WorkspaceSettings = z.output<typeof WorkspaceSettings> & SpecialCategorySettings;

/** Settings as stored: `updatedAt` is null while the workspace keeps the defaults. */
export type SavedWorkspaceSettings = WorkspaceSettings & { updatedAt: Date | null };

/**
 * What a workspace has until an administrator chooses otherwise: no political consent
 * attribute (so no political campaign may use special categories), no sensitive commercial
 * targeting, and the partner release defaults (no audience under 100, ε = 0.1 a number, ε = 1
 * a day per key). The table's column defaults are the same.
 */
export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = {
  politicalConsentAttribute: null,
  allowSensitiveCommercial: false,
  minimumAudience: DEFAULT_MINIMUM_AUDIENCE,
  epsilonPerNumber: 0.1,
  budgetEpsilon: 1,
  budgetPeriod: 'day',
};

// ε is exact in the table (numeric) and read as a float8: four decimals survive the trip.
const COLUMNS = sql.raw(`political_consent_attribute as "politicalConsentAttribute",
  allow_sensitive_commercial as "allowSensitiveCommercial", minimum_audience as "minimumAudience",
  epsilon_per_number::float8 as "epsilonPerNumber", budget_epsilon::float8 as "budgetEpsilon",
  budget_period as "budgetPeriod", updated_at as "updatedAt"`);

/** A workspace's settings; the defaults when it has saved none. */
export async function getWorkspaceSettings(
  db: Database,
  workspaceId: string,
): Promise<SavedWorkspaceSettings> {
  const [row] = await db.rows<SavedWorkspaceSettings>(
    sql`select ${COLUMNS} from workspace_settings where workspace_id = ${workspaceId}`,
  );
  return row ?? { ...DEFAULT_WORKSPACE_SETTINGS, updatedAt: null };
}

/**
 * Changes a workspace's settings: the fields `input` gives replace the current ones, fields
 * left out (or undefined) keep theirs; `politicalConsentAttribute: null` removes it. The result
 * is validated whole, each problem named `settings.<field>`, and the consent attribute must be
 * a true/false attribute of the workspace's catalog. Nothing is stored unless all of it holds.
 */
export async function saveWorkspaceSettings(
  db: Database,
  workspaceId: string,
  input: unknown,
): Promise<WriteResult<SavedWorkspaceSettings>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse('settings', 'invalid_shape', 'expected an object of settings');
  }
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    // Locks the row, so that two partial updates at once cannot undo each other's fields.
    const [current] = await tx.rows<SavedWorkspaceSettings>(
      sql`select ${COLUMNS} from workspace_settings where workspace_id = ${workspaceId} for update`,
    );
    const { updatedAt: _, ...values } = current ?? {
      ...DEFAULT_WORKSPACE_SETTINGS,
      updatedAt: null,
    };
    const parsed = WorkspaceSettings.safeParse({ ...values, ...given });
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue): Issue => ({
          path: joinPath('settings', ...issue.path),
          code: 'invalid_shape',
          message:
            issue.code === 'unrecognized_keys'
              ? `unknown setting ${issue.keys.map((key) => `"${key}"`).join(', ')}`
              : issue.message,
        })),
      };
    }
    const s = parsed.data;
    const consentIssue = await checkConsentAttribute(tx, workspaceId, s.politicalConsentAttribute);
    if (consentIssue) return consentIssue;
    const [row] = await tx.rows<SavedWorkspaceSettings>(sql`
      insert into workspace_settings (workspace_id, political_consent_attribute,
        allow_sensitive_commercial, minimum_audience, epsilon_per_number, budget_epsilon, budget_period)
      values (${workspaceId}, ${s.politicalConsentAttribute}, ${s.allowSensitiveCommercial},
        ${s.minimumAudience}, ${s.epsilonPerNumber}::numeric, ${s.budgetEpsilon}::numeric, ${s.budgetPeriod})
      on conflict (workspace_id) do update set
        political_consent_attribute = excluded.political_consent_attribute,
        allow_sensitive_commercial = excluded.allow_sensitive_commercial,
        minimum_audience = excluded.minimum_audience, epsilon_per_number = excluded.epsilon_per_number,
        budget_epsilon = excluded.budget_epsilon, budget_period = excluded.budget_period,
        updated_at = now()
      returning ${COLUMNS}`);
    if (!row) throw new Error('the workspace settings were not stored');
    return { ok: true, value: row };
  });
}

/**
 * The consent attribute must be one the guardrail can check: a segment limited to
 * `<key> eq true` then selects exactly the people who consented.
 */
async function checkConsentAttribute(
  db: Database,
  workspaceId: string,
  key: string | null,
): Promise<{ ok: false; issues: Issue[] } | null> {
  if (key === null) return null;
  const catalog = await loadCatalog(db, workspaceId);
  const attribute = catalog.attributes.find((a) => a.key === key);
  const path = 'settings.politicalConsentAttribute';
  if (!attribute) {
    return refuse(path, 'unknown_attribute', `no attribute "${key}" in the catalog`);
  }
  if (attribute.type !== 'boolean') {
    return refuse(
      path,
      'type_mismatch',
      `"${attribute.label}" is a ${attribute.type} attribute; consent to political advertising must be recorded as true/false (a boolean attribute)`,
    );
  }
  return null;
}

function refuse(path: string, code: Issue['code'], message: string) {
  return { ok: false as const, issues: [{ path, code, message }] };
}
