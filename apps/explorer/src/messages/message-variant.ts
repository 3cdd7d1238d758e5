import type { Channel, MessageVariantInput } from '../gql/graphql';

/** A message variant being written: a Liquid body (and e-mail subject) for one segment. */
export interface VariantDraft {
  id: string;
  name: string;
  segmentId: string;
  channel: Channel | null;
  subject: string;
  template: string;
}

/** A new variant for `segmentId`, numbered after the `count` that exist. */
export function newVariant(count: number, segmentId: string): VariantDraft {
  return {
    id: `v${count + 1}`,
    name: `Variant ${count + 1}`,
    segmentId,
    channel: 'sms',
    subject: '',
    template: 'Hi {{ profile.first_name | default: "there" }}, ',
  };
}

/** The API's `MessageVariantInput` of a draft; the subject only for e-mail. */
export function toVariantInput(variant: VariantDraft): MessageVariantInput {
  return {
    id: variant.id,
    name: variant.name,
    segmentId: variant.segmentId,
    channel: variant.channel,
    subject: variant.channel === 'email' && variant.subject ? variant.subject : null,
    template: variant.template,
  };
}

/** The offset in `text` of a 1-based line and column (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const before = lines.slice(0, Math.max(0, line - 1)).reduce((sum, l) => sum + l.length + 1, 0);
  const length = lines[line - 1]?.length ?? 0;
  return Math.min(text.length, before + Math.min(Math.max(0, column - 1), length));
}
