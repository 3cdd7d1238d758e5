import type { Profile } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, generatePopulation } from './population';
import { REGIONS } from './regions';

/** Distribution checks on a 20k sample; tolerances are several standard errors wide. */
const sample = [...generatePopulation({ seed: 99, size: 20_000, asOf: DEMO_AS_OF })];
const n = sample.length;

const share = (profiles: readonly Profile[], predicate: (p: Profile) => boolean) =>
  profiles.filter(predicate).length / profiles.length;
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const age = (p: Profile) => p.attributes.age as number | undefined;
/** Has a recorded age in [min, max]. */
const aged = (min: number, max: number) => (p: Profile) => {
  const value = age(p);
  return value !== undefined && value >= min && value <= max;
};
const hasInterest = (topic: string) => (p: Profile) => p.interests.some((i) => i.topic === topic);
const among = (predicate: (p: Profile) => boolean) => sample.filter(predicate);
const channel = (p: Profile, name: string) => p.channels.find((c) => c.channel === name);

describe('demo population distributions', () => {
  it('spreads people over the Länder by population share', () => {
    const total = REGIONS.reduce((sum, r) => sum + r.share, 0);
    for (const region of REGIONS) {
      const observed = share(sample, (p) => p.attributes.region === region.code);
      expect(Math.abs(observed - region.share / total), region.code).toBeLessThan(0.012);
    }
  });

  it('has an adult age pyramid with a late-fifties bulge', () => {
    const ages = sample.map(age).filter((a): a is number => a !== undefined);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(95);
    expect(mean(ages)).toBeGreaterThan(48);
    expect(mean(ages)).toBeLessThan(55);
    const at = (a: number) => ages.filter((x) => x === a).length;
    expect(at(58)).toBeGreaterThan(at(38));
    expect(share(sample, aged(65, 95))).toBeGreaterThan(0.22);
    expect(share(sample, (p) => age(p) === undefined)).toBeCloseTo(0.03, 1);
  });

  it('leaves values missing at the intended rates', () => {
    expect(share(sample, (p) => p.attributes.income_band === undefined)).toBeCloseTo(0.08, 1);
    expect(share(sample, (p) => p.attributes.party_affinity === undefined)).toBeGreaterThan(0.75);
    expect(share(sample, (p) => p.attributes.religion === undefined)).toBeGreaterThan(0.55);
    expect(share(sample, (p) => p.attributes.region === undefined)).toBe(0);
  });

  it('makes city states urban and keeps urbanity varied elsewhere', () => {
    const cityStates = among((p) => ['BE', 'HH', 'HB'].includes(String(p.attributes.region)));
    expect(share(cityStates, (p) => p.attributes.urbanity === 'rural')).toBe(0);
    expect(share(cityStates, (p) => p.attributes.urbanity === 'urban')).toBeGreaterThan(0.85);
    expect(
      share(
        among((p) => p.attributes.region === 'MV'),
        (p) => p.attributes.urbanity === 'rural',
      ),
    ).toBeGreaterThan(0.5);
  });

  it('correlates education and income with age', () => {
    const tertiary = (p: Profile) => p.attributes.education === 'tertiary';
    expect(share(among(aged(80, 95)), tertiary)).toBeLessThan(share(among(aged(30, 44)), tertiary));
    const rich = (p: Profile) => p.attributes.income_band === '5000_plus';
    expect(share(among(tertiary), rich)).toBeGreaterThan(
      2 *
        share(
          among((p) => p.attributes.education === 'lower_secondary'),
          rich,
        ),
    );
  });

  it('gives 4 to 10 interests to most people, correlated with age and urbanity', () => {
    const counts = sample.map((p) => p.interests.length);
    expect(mean(counts)).toBeGreaterThan(5);
    expect(mean(counts)).toBeLessThan(8);
    expect(
      share(sample, (p) => p.interests.length >= 4 && p.interests.length <= 10),
    ).toBeGreaterThan(0.65);
    expect(
      sample.every((p) => p.interests.every((i) => i.affinity >= 0.05 && i.affinity <= 1)),
    ).toBe(true);
    const young = among(aged(18, 29));
    const old = among(aged(65, 95));
    expect(share(young, hasInterest('gaming'))).toBeGreaterThan(
      3 * share(old, hasInterest('gaming')),
    );
    expect(share(old, hasInterest('pensions'))).toBeGreaterThan(
      3 * share(young, hasInterest('pensions')),
    );
    const rural = among((p) => p.attributes.urbanity === 'rural');
    const urban = among((p) => p.attributes.urbanity === 'urban');
    expect(share(rural, hasInterest('gardening'))).toBeGreaterThan(
      2 * share(urban, hasInterest('gardening')),
    );
  });

  it('has about five events per person in the last year', () => {
    expect(mean(sample.map((p) => p.events.length))).toBeGreaterThan(4);
    expect(mean(sample.map((p) => p.events.length))).toBeLessThan(6);
    const donors = share(sample, (p) => p.events.some((e) => e.type === 'donation'));
    expect(donors).toBeGreaterThan(0.05);
    expect(donors).toBeLessThan(0.2);
  });

  it('has realistic channel presence and consent', () => {
    const withEmail = among((p) => channel(p, 'email') !== undefined);
    expect(withEmail.length / n).toBeGreaterThan(0.72);
    expect(withEmail.length / n).toBeLessThan(0.85);
    const granted = share(withEmail, (p) => channel(p, 'email')?.consent === 'granted');
    expect(granted).toBeGreaterThan(0.5);
    expect(granted).toBeLessThan(0.65);
    expect(share(sample, (p) => channel(p, 'post') !== undefined)).toBeCloseTo(0.95, 1);
    expect(share(sample, (p) => channel(p, 'push') !== undefined)).toBeLessThan(0.3);
    expect(share(sample, (p) => p.preferredChannel === null)).toBeLessThan(0.35);
  });

  it('scores people in 0..1, correlated with their facts', () => {
    const scored = among((p) => p.scores.length > 0);
    expect(scored.length / n).toBeGreaterThan(0.95);
    const score = (p: Profile, model: string) =>
      p.scores.find((s) => s.model === model)?.value ?? Number.NaN;
    expect(sample.every((p) => p.scores.every((s) => s.value >= 0 && s.value <= 1))).toBe(true);
    const turnout = (profiles: Profile[]) =>
      mean(profiles.map((p) => score(p, 'turnout_likelihood')));
    expect(turnout(scored.filter(aged(65, 95)))).toBeGreaterThan(
      turnout(scored.filter(aged(18, 29))) + 0.1,
    );
    const recent = (p: Profile) =>
      p.events.some((e) => e.occurredAt.getTime() > DEMO_AS_OF.getTime() - 60 * 86_400_000);
    const churn = (profiles: Profile[]) => mean(profiles.map((p) => score(p, 'churn_risk')));
    expect(churn(scored.filter((p) => !recent(p)))).toBeGreaterThan(churn(scored.filter(recent)));
    const donation = (profiles: Profile[]) =>
      mean(profiles.map((p) => score(p, 'donation_propensity')));
    const donated = (p: Profile) => p.events.some((e) => e.type === 'donation');
    expect(donation(scored.filter(donated))).toBeGreaterThan(
      donation(scored.filter((p) => !donated(p))) + 0.2,
    );
  });
});
