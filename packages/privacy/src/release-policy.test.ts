import { describe, expect, it } from 'vitest';
import { parseReleasePolicy } from './release-policy';

describe('parseReleasePolicy', () => {
  it('fills in the defaults: a minimum audience of 100 and 2 significant digits', () => {
    expect(parseReleasePolicy({ epsilonPerNumber: 0.5 })).toEqual({
      ok: true,
      value: { minimumAudience: 100, epsilonPerNumber: 0.5, significantDigits: 2 },
    });
  });

  it('keeps the settings a workspace chose', () => {
    const policy = { minimumAudience: 0, epsilonPerNumber: 1.25, significantDigits: 3 };
    expect(parseReleasePolicy(policy)).toEqual({ ok: true, value: policy });
  });

  it('names each problem by its path', () => {
    const result = parseReleasePolicy({
      minimumAudience: 99.5,
      significantDigits: 0,
      noise: 'yes',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ path, message }) => `${path}: ${message}`).sort()).toEqual([
      'policy.epsilonPerNumber: ε is required',
      'policy.minimumAudience: expected a whole number of profiles',
      'policy.significantDigits: expected at least 1 significant digit',
      'policy: unknown setting "noise"',
    ]);
    expect(result.issues.every((issue) => issue.code === 'invalid_shape')).toBe(true);
  });

  it('refuses an ε that gives no protection or cannot be sampled exactly', () => {
    const messages = (epsilon: unknown) => {
      const result = parseReleasePolicy({ epsilonPerNumber: epsilon }, 'workspace.policy');
      return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(messages(-1)).toEqual([
      'workspace.policy.epsilonPerNumber: expected a positive ε (smaller is more private)',
    ]);
    expect(messages(50)).toEqual(['workspace.policy.epsilonPerNumber: expected ε of at most 10']);
    expect(messages(0.00005)).toEqual([
      'workspace.policy.epsilonPerNumber: expected ε with at most 4 decimal places',
    ]);
  });
});
