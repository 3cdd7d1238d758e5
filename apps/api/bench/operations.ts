/** The operations the API bench measures, named; the ids come from the database at hand. */
export async function benchOperations(
  post: <T>(query: string) => Promise<T>,
): Promise<[string, string][]> {
  const { segments } = await post<{ segments: { id: string }[] }>('{ segments { id } }');
  const refs = [
    ...segments.map((s) => `{ id: "${s.id}" }`),
    '{ rule: { attribute: { key: "age", op: gte, value: 65 } } }',
    '{ rule: { reachable: { channel: sms } } }',
    '{ rule: { interest: { topic: "football", minAffinity: 0.7 } } }',
  ].slice(0, 10);
  const include = segments
    .slice(0, 3)
    .map((s) => `"${s.id}"`)
    .join(', ');
  return [
    ['{ __typename }', '{ __typename }'],
    [
      'segmentSize (5 conditions)',
      `{ segmentSize(segment: { rule: { and: [
        { attribute: { key: "age", op: between, min: 25, max: 40 } },
        { attribute: { key: "region", op: in, values: ["BY", "BW", "HE"] } },
        { interest: { topic: "climate", minAffinity: 0.5 } },
        { reachable: { channel: email } },
        { not: { event: { type: "purchase", withinDays: 30, atLeast: 1 } } } ] } }) { ... on SegmentSize { size } } }`,
    ],
    [
      `segmentOverlap (${refs.length} segments)`,
      `{ segmentOverlap(segments: [${refs.join(', ')}]) { ... on SegmentOverlap { union } } }`,
    ],
    [
      'segmentComposition (region, 16)',
      `{ segmentComposition(segment: { id: "${segments[0]?.id ?? ''}" }, attribute: "region") { ... on Composition { segmentSize } } }`,
    ],
    [
      'reachEstimate (3 include, 3 channels)',
      `{ reachEstimate(budget: 500, campaign: { draft: { name: "Bench", purpose: civic,
        includeSegmentIds: [${include}],
        channels: [{ channel: email, costPerContact: 0.02 }, { channel: sms, costPerContact: 0.09, priority: 1 },
          { channel: post, costPerContact: 0.8, priority: 2 }], holdoutShare: 0.1 } }) {
        ... on ReachEstimate { reachable reachAtBudget } } }`,
    ],
  ];
}
