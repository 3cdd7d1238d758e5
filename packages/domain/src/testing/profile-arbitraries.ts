import fc from 'fast-check';
import type { Catalog } from '../catalog';
import { CHANNELS, Consent } from '../channel';
import { DAY_MS } from '../event-window';
import { Profile } from '../profile';
import { DEFAULT_WORKSPACE_ID, profileIdFor } from '../profile-id';
import { attributeValueArbitrary, unitIntervalArbitrary, WINDOW_DAYS } from './values';

/**
 * Event times around `asOf`: exactly at it, a millisecond either side, exactly at each
 * window's start (`asOf − d days`) and a millisecond either side, or anywhere from 30 days
 * before the longest window to one day after `asOf` (future events must not count).
 */
export function eventTimeArbitrary(
  asOf: Date,
  windowDays: readonly number[] = WINDOW_DAYS,
): fc.Arbitrary<Date> {
  const end = asOf.getTime();
  const starts = windowDays.map((days) => end - days * DAY_MS);
  const edges = [end, ...starts].flatMap((t) => [t - 1, t, t + 1]);
  const longest = Math.max(0, ...windowDays);
  return fc
    .oneof(
      fc.constantFrom(...edges),
      fc.integer({ min: end - (longest + 30) * DAY_MS, max: end + DAY_MS }),
    )
    .map((t) => new Date(t));
}

/** Options of `profileArbitrary`. */
export interface ProfileArbitraryOptions {
  /** The evaluation instant that event times cluster around. */
  asOf: Date;
  /** Window lengths whose edges event times hit; default `WINDOW_DAYS`. */
  windowDays?: readonly number[];
  /** Workspace the profile ids are derived in (`profileIdFor`); default `DEFAULT_WORKSPACE_ID`. */
  workspaceId?: string;
  /**
   * Extra weight of channel entries that are reachable (an address and consent granted),
   * against 1 for the uniform mix; default 0. Reach tests raise it so that people often have
   * several reachable channels and the choice between them matters.
   */
  reachableWeight?: number;
}

const GDPR_START = Date.UTC(2018, 4, 25);

const ADDRESSES = [
  null,
  '',
  '   ',
  'anna@example.org',
  ' +49 30 1234567 ',
  'Hauptstraße 1, Berlin',
];

/** For each `[key, value]` pair, maybe the key with a value: the list holds those that got one. */
function someOf<T>(entries: readonly (readonly [string, fc.Arbitrary<T>])[]) {
  const maybe = entries.map(([key, value]) =>
    fc.option(value, { nil: undefined, freq: 3 }).map((v) => [key, v] as const),
  );
  return fc
    .tuple(...maybe)
    .map((pairs) => pairs.flatMap(([key, v]) => (v === undefined ? [] : [[key, v] as const])));
}

/**
 * Profiles valid for the catalog (parsed with `Profile.parse`, so blank addresses are null):
 * missing attributes, interests and scores, no or some channels with all three consent
 * states, and events at the window edges around `asOf`.
 */
export function profileArbitrary(
  catalog: Catalog,
  options: ProfileArbitraryOptions,
): fc.Arbitrary<Profile> {
  const each = <T>(entries: { key: string }[], value: () => fc.Arbitrary<T>) =>
    someOf(entries.map((entry) => [entry.key, value()] as const));
  const consentAt = fc.option(
    fc.date({
      min: new Date(Math.min(GDPR_START, options.asOf.getTime())),
      max: options.asOf,
      noInvalidDate: true,
    }),
    { nil: null },
  );
  const anyContact = fc.record({
    address: fc.constantFrom(...ADDRESSES),
    consent: fc.constantFrom(...Consent.options),
    consentAt,
  });
  const reachableContact = fc.record({
    address: fc.constantFrom(...ADDRESSES.filter((a) => a !== null && a.trim() !== '')),
    consent: fc.constant('granted' as const),
    consentAt,
  });
  const reachableWeight = options.reachableWeight ?? 0;
  const contact =
    reachableWeight > 0
      ? fc.oneof(
          { weight: 1, arbitrary: anyContact },
          { weight: reachableWeight, arbitrary: reachableContact },
        )
      : anyContact;
  const events =
    catalog.eventTypes.length === 0
      ? fc.constant([])
      : fc.array(
          fc.record({
            type: fc.constantFrom(...catalog.eventTypes.map((e) => e.key)),
            occurredAt: eventTimeArbitrary(options.asOf, options.windowDays),
          }),
          { maxLength: 6 },
        );
  return fc
    .record({
      externalId: fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => `person-${n}`),
      attributes: someOf(
        catalog.attributes.map((d) => [d.key, attributeValueArbitrary(d)] as const),
      ),
      interests: each(catalog.interests, unitIntervalArbitrary),
      scores: each(catalog.scoreModels, unitIntervalArbitrary),
      channels: someOf(CHANNELS.map((channel) => [channel, contact] as const)),
      events,
      preferredChannel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
    })
    .map(({ externalId, attributes, interests, scores, channels, ...rest }) =>
      Profile.parse({
        ...rest,
        id: profileIdFor(externalId, options.workspaceId ?? DEFAULT_WORKSPACE_ID),
        externalId,
        attributes: Object.fromEntries(attributes),
        interests: interests.map(([topic, affinity]) => ({ topic, affinity })),
        scores: scores.map(([model, value]) => ({ model, value })),
        channels: channels.map(([channel, c]) => ({ channel, ...c })),
      }),
    );
}

/** Lists of profiles with distinct ids, e.g. to load into a database table. */
export function profilesArbitrary(
  catalog: Catalog,
  options: ProfileArbitraryOptions & { maxLength?: number },
): fc.Arbitrary<Profile[]> {
  return fc.uniqueArray(profileArbitrary(catalog, options), {
    selector: (profile) => profile.id,
    maxLength: options.maxLength ?? 20,
  });
}
