import { describe, expect, it } from 'vitest';
import { newVariant, offsetOf, toVariantInput } from './message-variant';

describe('message variants', () => {
  it('numbers new variants and sends the subject only for e-mail', () => {
    const v = { ...newVariant(1, 's1'), subject: 'Hello' };
    expect(v).toMatchObject({ id: 'v2', name: 'Variant 2', segmentId: 's1', channel: 'sms' });
    expect(toVariantInput(v).subject).toBeNull();
    expect(toVariantInput({ ...v, channel: 'email' }).subject).toBe('Hello');
  });

  it('turns an issue line and column into a cursor position', () => {
    const text = 'Hi {{ a }\nsecond {{ b }}';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 8)).toBe(text.indexOf('{{ b'));
    expect(offsetOf(text, 9, 99)).toBe(text.length);
  });
});
