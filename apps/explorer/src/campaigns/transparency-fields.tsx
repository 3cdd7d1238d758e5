import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldIssues } from '../ui/field-issues';
import { issuesByField, type InputIssue } from '../ui/issues-by-field';
import type { TransparencyDraft } from './transparency-draft';

/** Where `saveCampaign` names problems with the details (`campaign.transparency.sponsor.name`). */
export const TRANSPARENCY_PATH = 'campaign.transparency';

/** Each field's path below `TRANSPARENCY_PATH`, so the API's issues land next to it. */
const paths = {
  sponsorName: 'sponsor.name',
  sponsorContact: 'sponsor.contact',
  payerName: 'paidBy.name',
  payerContact: 'paidBy.contact',
  electionOrReferendum: 'electionOrReferendum',
  amountPaid: 'amountPaid',
  periodFrom: 'period.from',
  periodTo: 'period.to',
} as const;

/**
 * The transparency details a political campaign must carry (EU 2024/900): sponsor, who paid,
 * the election or referendum, what was paid and when the messages go out. `issues` are the
 * API's answer to the last save; those about these details are shown under their fields.
 */
export function TransparencyFields({
  value,
  onChange,
  issues,
}: {
  value: TransparencyDraft;
  onChange: (value: TransparencyDraft) => void;
  issues: readonly InputIssue[];
}) {
  const placed = issuesByField(issues, TRANSPARENCY_PATH, Object.values(paths));
  const id = useId();
  const field = (
    key: Exclude<keyof TransparencyDraft, 'amountPaid' | 'amountPaidCurrency'>,
    label: string,
    attributes: InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field label={label} messages={placed.get(paths[key]) ?? []} id={`${id}-${key}`}>
      {(issueAttributes) => (
        <input
          type="text"
          {...attributes}
          {...issueAttributes}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="panel transparency-fields">
      <legend>Transparency</legend>
      <p className="muted">
        Political messages must tell recipients who is behind them, who paid and why they were
        chosen. The message studio shows the resulting notice.
      </p>
      <FieldIssues id={`${id}-form-issues`} messages={placed.get('') ?? []} />
      {field('sponsorName', 'Sponsor name', { required: true, autoComplete: 'organization' })}
      {field('sponsorContact', 'Sponsor contact', {
        required: true,
        placeholder: 'email or postal address',
      })}
      {field('payerName', 'Paid by', { placeholder: 'the sponsor' })}
      {field('payerContact', 'Payer contact', { placeholder: 'optional' })}
      <div className="wide">
        {field('electionOrReferendum', 'Election or referendum', {
          placeholder: 'e.g. Bavarian state election, 8 October 2028',
        })}
      </div>
      <Field
        label={`Amount paid (${value.amountPaidCurrency})`}
        messages={placed.get(paths.amountPaid) ?? []}
        id={`${id}-amountPaid`}
      >
        {(issueAttributes) => (
          <input
            type="number"
            min={0}
            step={1}
            placeholder="not published"
            {...issueAttributes}
            value={value.amountPaid ?? ''}
            onChange={(e) =>
              onChange({
                ...value,
                amountPaid: e.target.value === '' ? null : Number(e.target.value),
              })
            }
          />
        )}
      </Field>
      <div className="field-pair">
        {field('periodFrom', 'Sent from', { type: 'date' })}
        {field('periodTo', 'Sent until', { type: 'date' })}
      </div>
    </fieldset>
  );
}

/** What an input needs to point at the messages about it. */
interface IssueAttributes {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled input with the API's messages about it, which the input points at. */
function Field({
  label,
  messages,
  id,
  children,
}: {
  label: string;
  messages: readonly string[];
  id: string;
  children: (attributes: IssueAttributes) => ReactNode;
}) {
  const issuesId = `${id}-issues`;
  const invalid = messages.length > 0;
  return (
    <div className="field">
      <label>
        {label}
        {children({
          'aria-invalid': invalid || undefined,
          'aria-describedby': invalid ? issuesId : undefined,
        })}
      </label>
      <FieldIssues id={issuesId} messages={messages} />
    </div>
  );
}
