import { loadAudienceContext, type AudienceContext, type Database } from '@pinpoint/db';
import { validateRule, type SegmentRule } from '@pinpoint/domain';
import type { Result } from './result';

/**
 * Catalog and saved segments of one workspace, loaded once per request and instant: every
 * question in a request is asked against the same catalog and segments.
 */
export class AudienceContexts {
  private readonly byInstant = new Map<number, Promise<AudienceContext>>();

  constructor(
    private readonly db: Database,
    private readonly workspaceId: string,
    /** The request's "now": one instant for every field that leaves `asOf` out. */
    readonly now: Date,
  ) {}

  /** The context at `asOf` (the request's now when absent). */
  at(asOf?: Date | null): Promise<AudienceContext> {
    const instant = asOf ?? this.now;
    let context = this.byInstant.get(instant.getTime());
    if (!context) {
      context = loadAudienceContext(this.db, this.workspaceId, instant);
      this.byInstant.set(instant.getTime(), context);
    }
    return context;
  }

  /** Validates untrusted rule JSON against the catalog and segments; issues are under `path`. */
  async checkRule(
    input: unknown,
    asOf: Date | null | undefined,
    path = 'rule',
  ): Promise<Result<{ rule: SegmentRule; context: AudienceContext }>> {
    const context = await this.at(asOf);
    const checked = validateRule(
      input,
      { catalog: context.catalog, segments: context.segments },
      path,
    );
    return checked.ok ? { ok: true, value: { rule: checked.rule, context } } : checked;
  }
}
