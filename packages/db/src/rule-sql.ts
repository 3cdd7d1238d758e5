import {
  eventWindow,
  type AttributeCondition,
  type AttributeDefinition,
  type CatalogIndex,
  type SegmentLookup,
  type SegmentRule,
} from '@pinpoint/domain';
import { sql, type SQL } from 'drizzle-orm';

/** What a rule compiles against. */
export interface RuleSqlContext {
  catalog: CatalogIndex;
  /** End of every event window (see SEMANTICS.md). */
  asOf: Date;
  /** Resolves `segment` references, whose rules are compiled in place. */
  segments?: SegmentLookup;
}

/**
 * A rule as SQL over `profiles p`: `joins` (left joins, one per distinct set-valued
 * condition) and `where` (a predicate that is always true or false, never NULL).
 */
export interface CompiledRule {
  joins: SQL;
  where: SQL;
}

/**
 * Compiles a validated rule to parameterised SQL with exactly the semantics of SEMANTICS.md.
 * Every value is a parameter. Set-valued facts become left joins against per-condition
 * subqueries grouped by `profile_id`, so plans are hash joins that scale linearly and, on a
 * cluster sharded by profile id (Citus), run on each shard without moving rows.
 */
export function compileRuleToSql(rule: SegmentRule, context: RuleSqlContext): CompiledRule {
  const compiler = new RuleCompiler(context);
  const where = compiler.node(rule, []);
  return { joins: sql.join(compiler.joins, sql` `), where };
}

/** Several rules over one `profiles p`: shared left joins and one predicate per rule. */
export interface CompiledRules {
  joins: SQL;
  wheres: SQL[];
}

/**
 * Compiles several rules to predicates over the same joins, so that one scan of the profiles
 * answers all of them (overlaps, batched sizes). A condition used by several rules is joined
 * once.
 */
export function compileRulesToSql(
  rules: readonly SegmentRule[],
  context: RuleSqlContext,
): CompiledRules {
  const compiler = new RuleCompiler(context);
  const wheres = rules.map((rule) => compiler.node(rule, []));
  return { joins: sql.join(compiler.joins, sql` `), wheres };
}

class RuleCompiler {
  readonly joins: SQL[] = [];
  private readonly aliases = new Map<string, string>();

  constructor(private readonly context: RuleSqlContext) {}

  node(rule: SegmentRule, stack: string[]): SQL {
    if ('and' in rule)
      return sql`(${sql.join(
        rule.and.map((r) => this.node(r, stack)),
        sql` and `,
      )})`;
    if ('or' in rule)
      return sql`(${sql.join(
        rule.or.map((r) => this.node(r, stack)),
        sql` or `,
      )})`;
    if ('not' in rule) return sql`(not ${this.node(rule.not, stack)})`;
    if ('attribute' in rule) return this.attribute(rule.attribute);
    if ('interest' in rule) {
      const { topic, minAffinity } = rule.interest;
      const alias = this.join(
        ['interest', topic, minAffinity],
        sql`select profile_id from profile_interests where topic = ${topic}::text and affinity >= ${minAffinity}::float8`,
      );
      return sql`(${sql.raw(alias)}.profile_id is not null)`;
    }
    if ('event' in rule) {
      const { type, withinDays, atLeast, atMost } = rule.event;
      const window = eventWindow(this.context.asOf, withinDays);
      const alias = this.join(
        ['event', type, withinDays],
        sql`select profile_id, count(*)::int as n from profile_events where type = ${type}::text and occurred_at > ${window.from}::timestamptz and occurred_at <= ${window.to}::timestamptz group by profile_id`,
      );
      const count = sql`coalesce(${sql.raw(alias)}.n, 0)`;
      const bounds = [
        ...(atLeast === undefined ? [] : [sql`${count} >= ${atLeast}::int`]),
        ...(atMost === undefined ? [] : [sql`${count} <= ${atMost}::int`]),
      ];
      return sql`(${sql.join(bounds, sql` and `)})`;
    }
    if ('score' in rule) {
      const { model, op, value } = rule.score;
      const alias = this.join(
        ['score', model, op, value],
        sql`select profile_id from profile_scores where model = ${model}::text and value ${comparison(op)} ${value}::float8`,
      );
      return sql`(${sql.raw(alias)}.profile_id is not null)`;
    }
    if ('reachable' in rule) {
      const alias = this.join(
        ['reachable', rule.reachable.channel],
        sql`select profile_id from profile_channels where channel = ${rule.reachable.channel}::text and consent = 'granted' and address is not null`,
      );
      return sql`(${sql.raw(alias)}.profile_id is not null)`;
    }
    const { id } = rule.segment;
    if (stack.includes(id))
      throw new Error(`segment references form a cycle: ${[...stack, id].join(' → ')}`);
    const segment = this.context.segments?.(id);
    if (!segment) throw new Error(`unknown segment "${id}"`);
    return this.node(segment.rule, [...stack, id]);
  }

  /** Adds (or reuses) a left join of `subquery` on the profile id and returns its alias. */
  private join(signature: unknown[], subquery: SQL): string {
    const key = JSON.stringify(signature);
    const existing = this.aliases.get(key);
    if (existing) return existing;
    const alias = `j${this.aliases.size + 1}`;
    this.aliases.set(key, alias);
    this.joins.push(
      sql`left join (${subquery}) ${sql.raw(alias)} on ${sql.raw(alias)}.profile_id = p.id`,
    );
    return alias;
  }

  private attribute(condition: AttributeCondition): SQL {
    const definition = this.context.catalog.attributes.get(condition.key);
    if (!definition) throw new Error(`unknown attribute "${condition.key}"`);
    const raw = sql`p.attributes -> ${condition.key}::text`;
    if (condition.op === 'exists') return sql`(${raw} is not null)`;
    if (condition.op === 'missing') return sql`(${raw} is null)`;
    const value = typedValue(definition, condition.key);
    const param = (v: unknown) => typedParam(definition, v);
    const predicate = ((): SQL => {
      switch (condition.op) {
        case 'eq':
          return sql`${value} = ${param(condition.value)}`;
        case 'neq':
          return sql`${value} <> ${param(condition.value)}`;
        case 'in':
          return sql`${value} in (${sql.join(condition.values.map(param), sql`, `)})`;
        case 'notIn':
          return sql`${value} not in (${sql.join(condition.values.map(param), sql`, `)})`;
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte':
          return sql`${value} ${comparison(condition.op)} ${param(condition.value)}`;
        case 'between':
          return sql`${value} between ${param(condition.min)} and ${param(condition.max)}`;
        case 'contains':
          return sql`strpos(${value}, ${param(condition.value)}) > 0`;
        case 'startsWith':
          return sql`starts_with(${value}, ${param(condition.value)})`;
      }
    })();
    // A missing value makes the comparison NULL; coalesce turns that into false, as the semantics say.
    return sql`coalesce(${predicate}, false)`;
  }
}

function comparison(op: 'lt' | 'lte' | 'gt' | 'gte'): SQL {
  return sql.raw({ lt: '<', lte: '<=', gt: '>', gte: '>=' }[op]);
}

const CAST: Record<AttributeDefinition['type'], string> = {
  number: 'numeric',
  date: 'date',
  boolean: 'boolean',
  string: 'text',
  enum: 'text',
};

/** The attribute's value as its SQL type; NULL when missing. */
function typedValue(definition: AttributeDefinition, key: string): SQL {
  return sql`(p.attributes ->> ${key}::text)::${sql.raw(CAST[definition.type])}`;
}

function typedParam(definition: AttributeDefinition, value: unknown): SQL {
  return sql`${value}::${sql.raw(CAST[definition.type])}`;
}
