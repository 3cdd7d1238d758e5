import {
  bucketCount,
  type AttributeDefinition,
  type AttributeStats,
  type CompositionPlan,
} from '@pinpoint/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client';

/** An attribute's stored value as text, NULL when missing. */
const rawValue = (key: string): SQL => sql`(p.attributes ->> ${key}::text)`;

/**
 * SQL for the row a profile falls into under `plan`, numbered as `bucketIndexOf` numbers
 * them (buckets, then `other`, then `missing`). Numbers are compared with the plan's edges,
 * passed as parameters, exactly as `numberBucketIndex` compares them: a value on an edge
 * opens the next bucket and the last bucket holds its upper edge. Decimal comparison in SQL
 * and binary comparison in JavaScript agree because each side reads the same shortest decimal.
 */
export function bucketIndexSql(plan: CompositionPlan, key: string): SQL {
  const other = bucketCount(plan);
  const value = rawValue(key);
  const cases: SQL[] = [sql`when ${value} is null then ${other + 1}::int`];
  if (plan.by === 'value') {
    plan.values.forEach((v, i) =>
      cases.push(sql`when ${value} = ${String(v)}::text then ${i}::int`),
    );
  } else if (plan.by === 'range' && plan.edges.length >= 2) {
    const n = sql`${value}::numeric`;
    const edge = (i: number) => sql`${plan.edges[i]}::numeric`;
    const last = plan.edges.length - 2;
    cases.push(sql`when ${n} < ${edge(0)} then ${other}::int`);
    for (let i = 0; i < last; i += 1) cases.push(sql`when ${n} < ${edge(i + 1)} then ${i}::int`);
    cases.push(sql`when ${n} <= ${edge(last + 1)} then ${last}::int`);
  } else if (plan.by === 'year') {
    const year = sql`substr(${value}, 1, 4)::int`;
    cases.push(
      sql`when ${year} between ${plan.firstYear}::int and ${plan.lastYear}::int then ${year} - ${plan.firstYear}::int`,
    );
  }
  return sql`case ${sql.join(cases, sql` `)} else ${other}::int end`;
}

/**
 * The population's stats of an attribute (what `attributeStatsOf` computes in memory): the
 * range of numbers or years, the `topValues` most frequent texts with ties in code-point
 * order (`collate "C"`). Enum and boolean attributes need none and cost no query.
 */
export async function loadAttributeStats(
  db: Database,
  workspaceId: string,
  definition: AttributeDefinition,
  topValues: number,
): Promise<AttributeStats> {
  const value = rawValue(definition.key);
  const values = sql`from profiles p where p.workspace_id = ${workspaceId} and ${value} is not null`;
  const range = async (typed: SQL) => {
    const [row] = await db.rows<{ min: number | null; max: number | null }>(
      sql`select min(${typed})::float8 as min, max(${typed})::float8 as max ${values}`,
    );
    return row && row.min !== null && row.max !== null ? { min: row.min, max: row.max } : null;
  };
  switch (definition.type) {
    case 'number':
      return { range: await range(sql`${value}::numeric`), top: [] };
    case 'date':
      return { range: await range(sql`substr(${value}, 1, 4)::int`), top: [] };
    case 'string': {
      const rows = await db.rows<{ v: string }>(
        sql`select s.v from (select ${value} as v ${values}) s
          group by s.v order by count(*) desc, s.v collate "C" limit ${topValues}::int`,
      );
      return { range: null, top: rows.map((row) => row.v) };
    }
    case 'enum':
    case 'boolean':
      return { range: null, top: [] };
  }
}
