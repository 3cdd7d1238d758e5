import { createHash } from 'node:crypto';
import { indexCatalog, isReachable, Profile, validateProfileFacts } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { ageOn } from './calendar';
import { demoCatalog } from './demo-catalog';
import { DEMO_AS_OF, generatePopulation } from './population';
import { externalIdFor, generateProfile } from './profile-generator';

const asOf = DEMO_AS_OF;
const population = (seed: number, size: number, start?: number) => [
  ...generatePopulation({ seed, size, asOf, start }),
];

describe('generatePopulation', () => {
  it('is deterministic: the same seed gives the same profiles, another seed others', () => {
    const first = population(7, 200);
    expect(population(7, 200)).toEqual(first);
    const other = population(8, 200);
    expect(other.map((p) => p.attributes)).not.toEqual(first.map((p) => p.attributes));
    // Ids come from the external id only, so they are shared across seeds by design.
    expect(other.map((p) => p.id)).toEqual(first.map((p) => p.id));
  });

  it('gives every profile independently of the slice it is generated in', () => {
    const run = population(11, 300);
    expect(population(11, 100, 150)).toEqual(run.slice(150, 250));
    expect(generateProfile(11, 299, asOf)).toEqual(run[299]);
  });

  it('produces the same population on every machine (a fingerprint of the first 500 profiles)', () => {
    // If this changes, the generator changed: every seeded demo database changes with it.
    // Update the value only on purpose, and say so in the commit message.
    const hash = createHash('sha256');
    for (const profile of generatePopulation({ seed: 1, size: 500, asOf }))
      hash.update(JSON.stringify(profile));
    expect(hash.digest('hex').slice(0, 16)).toMatchInlineSnapshot(`"7a79bfb3a7c565fa"`);
  });

  it('is lazy: it generates nothing until asked, and stops when the consumer does', () => {
    const iterator = generatePopulation({ seed: 1, size: 10_000_000_000, asOf });
    expect(iterator.next().value?.externalId).toBe('P000000000');
    expect(iterator.next().value?.externalId).toBe('P000000001');
    expect(iterator.return(undefined).done).toBe(true);
  });

  it('names profiles P and nine digits, and derives ids from them', () => {
    expect(externalIdFor(123)).toBe('P000000123');
    expect(externalIdFor(1_234_567_890)).toBe('P1234567890');
    const [profile] = population(3, 1, 42);
    expect(profile?.externalId).toBe('P000000042');
  });

  it.each([
    [{ seed: 1.5, size: 1 }, /seed/],
    [{ seed: 1, size: -1 }, /size/],
    [{ seed: 1, size: 1.5 }, /size/],
    [{ seed: 1, size: 1, start: -3 }, /start/],
  ])('rejects bad options %o', (options, message) => {
    expect(() => generatePopulation({ asOf, ...options }).next()).toThrow(message);
  });

  it('rejects an invalid asOf', () => {
    expect(() => generatePopulation({ seed: 1, size: 1, asOf: new Date('nope') }).next()).toThrow(
      RangeError,
    );
  });
});

describe('generated profiles', () => {
  const catalog = indexCatalog(demoCatalog);
  const profiles = population(2024, 3000);
  const asOfMs = asOf.getTime();
  const yearAgo = asOfMs - 365 * 86_400_000;

  it('parse as domain profiles unchanged and fit the demo catalog without issues', () => {
    for (const profile of profiles) {
      expect(Profile.parse(profile)).toEqual(profile);
      expect(validateProfileFacts(profile, catalog, profile.externalId)).toEqual([]);
    }
  });

  it('have birth dates that agree with their age on asOf', () => {
    for (const { attributes } of profiles) {
      if (attributes.age === undefined) {
        expect(attributes.birth_date).toBeUndefined();
        continue;
      }
      expect(ageOn(String(attributes.birth_date), asOf)).toBe(attributes.age);
    }
  });

  it('have consistent ages on a leap day too', () => {
    const leapDay = new Date('2024-02-29T18:30:00Z');
    for (const { attributes } of generatePopulation({ seed: 5, size: 2000, asOf: leapDay })) {
      if (attributes.age !== undefined)
        expect(ageOn(String(attributes.birth_date), leapDay)).toBe(attributes.age);
    }
  });

  it('keep every event, signup and consent in time: after signup, at or before asOf', () => {
    for (const { attributes, events, channels } of profiles) {
      const signupMs = Date.parse(`${String(attributes.signup_date)}T00:00:00Z`);
      expect(signupMs).toBeLessThanOrEqual(asOfMs);
      for (const event of events) {
        const t = event.occurredAt.getTime();
        expect(t).toBeGreaterThan(Math.max(yearAgo, signupMs));
        expect(t).toBeLessThanOrEqual(asOfMs);
      }
      const times = events.map((event) => event.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const { consent, consentAt } of channels) {
        expect(consentAt === null).toBe(consent === 'unknown');
        if (consentAt) expect(consentAt.getTime()).toBeGreaterThanOrEqual(signupMs);
        if (consentAt) expect(consentAt.getTime()).toBeLessThanOrEqual(asOfMs);
      }
    }
  });

  it('only have email activity when they can receive email, and prefer a channel they can be reached on', () => {
    for (const { events, channels, preferredChannel } of profiles) {
      const email = channels.find((c) => c.channel === 'email');
      if (events.some((e) => e.type.startsWith('email_'))) expect(isReachable(email)).toBe(true);
      if (preferredChannel)
        expect(isReachable(channels.find((c) => c.channel === preferredChannel))).toBe(true);
    }
  });

  it('have unique ids, external ids and email addresses', () => {
    const emails = profiles.flatMap((p) =>
      p.channels.filter((c) => c.channel === 'email' && c.address).map((c) => c.address),
    );
    expect(new Set(profiles.map((p) => p.id)).size).toBe(profiles.length);
    expect(new Set(profiles.map((p) => p.externalId)).size).toBe(profiles.length);
    expect(new Set(emails).size).toBe(emails.length);
  });
});
