import type { CheckMessageQuery } from '../gql/graphql';

/** A template check as the API answers it. */
export type TemplateCheck = Extract<
  CheckMessageQuery['checkMessage'],
  { __typename: 'TemplateCheck' }
>;

/** Missing-value warnings with counts, unknown variables and the SMS length of a variant. */
export function TemplateCheckPanel({ check }: { check: TemplateCheck }) {
  const missing = check.missingValues.filter((m) => m.missing > 0);
  return (
    <div className="check-panel" data-testid="template-check">
      {check.sms && (
        <p>
          SMS: <strong>{check.sms.units}</strong> {check.sms.encoding} characters →{' '}
          <strong>{check.sms.segments}</strong> {check.sms.segments === 1 ? 'message' : 'messages'}{' '}
          ({check.sms.perSegment} per message, before personalisation)
        </p>
      )}
      {missing.length > 0 && (
        <ul className="warnings">
          {missing.map((m) => (
            <li key={m.attribute}>
              ⚠ {m.message} — add <code>| default: "…"</code>
            </li>
          ))}
        </ul>
      )}
      {check.variables.length > 0 && (
        <p className="muted">
          Uses:{' '}
          {check.variables
            .map(
              (v) =>
                `${v.attribute}${v.known ? '' : ' (unknown)'}${v.hasFallback ? ' ✓ fallback' : ''}`,
            )
            .join(', ')}
        </p>
      )}
      {check.valid && missing.length === 0 && (
        <p>✓ The template parses and every value is there.</p>
      )}
    </div>
  );
}
