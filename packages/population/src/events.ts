import { DAY_MS, type Interest, type ProfileEvent } from '@pinpoint/domain';
import type { RandomGenerator } from 'pure-rand';
import { roundTo } from './deterministic-math';
import { below, chance, poisson, uniform } from './random';
import { draw, tableOf } from './weighted-table';

/** The event types, with catalog labels and what their `properties` hold. */
export const EVENT_TYPES = [
  {
    key: 'web_visit',
    label: 'Website visit',
    description: 'A visit to the website; `topic` is the section read.',
  },
  {
    key: 'purchase',
    label: 'Purchase',
    description: 'A shop order; `amount_eur` is its value in euros.',
  },
  {
    key: 'donation',
    label: 'Donation',
    description: 'A donation; `amount_eur` is its value in euros.',
  },
  {
    key: 'email_open',
    label: 'Email opened',
    description: 'A newsletter or campaign email was opened.',
  },
  {
    key: 'email_click',
    label: 'Email link clicked',
    description: 'A link in an email was clicked (shortly after opening it).',
  },
  {
    key: 'event_attended',
    label: 'Event attended',
    description: 'Attended an event; `format` says which kind.',
  },
] as const;

/** Events cover the year before asOf: each lies in (asOf − 365 days, asOf]. */
const HISTORY_MS = 365 * DAY_MS;
/** People drifting away have done nothing for at least this long. */
const LAPSING_GAP_MS = 60 * DAY_MS;

const DONATION_AMOUNTS = tableOf([5, 10, 20, 25, 50, 100, 250], [10, 25, 25, 15, 15, 8, 2]);
const EVENT_FORMATS = tableOf(
  ['info_stand', 'town_hall', 'rally', 'webinar', 'meetup'],
  [30, 20, 10, 25, 15],
);

/** What a person's activity depends on. */
export interface EventDrivers {
  age: number;
  engagement: number;
  interests: readonly Interest[];
  /** Has an email address with granted consent, so receives (and can open) email. */
  emailActive: boolean;
  member: boolean;
  donor: boolean;
  /** Income band index 0–4 (the true one, even when the attribute is withheld). */
  incomeLevel: number;
  /** Was active earlier but has done nothing in the last 60 days. */
  lapsing: boolean;
  /** Nothing happens before the person signed up. */
  signupMs: number;
  asOfMs: number;
}

/** The period a person's events fall in: (from, to], in epoch milliseconds. */
interface ActivePeriod {
  from: number;
  to: number;
}

/**
 * Draws a year of activity: Poisson counts per type whose means depend on age, engagement,
 * interests, income, membership and email consent (about five events per person on
 * average), at deterministic times. Returned in time order.
 */
export function drawEvents(rng: RandomGenerator, d: EventDrivers): ProfileEvent[] {
  const events: ProfileEvent[] = [];
  const from = Math.max(d.asOfMs - HISTORY_MS, d.signupMs);
  // Rates are per year; someone who joined three months ago had a quarter of a year.
  const tenure = (d.asOfMs - from) / HISTORY_MS;
  if (tenure <= 0) return events;
  const lapsed = d.lapsing && d.asOfMs - from > 2 * LAPSING_GAP_MS;
  const period: ActivePeriod = { from, to: lapsed ? d.asOfMs - LAPSING_GAP_MS : d.asOfMs };
  const youth = d.age < 30 ? 1.3 : d.age < 50 ? 1.1 : d.age < 70 ? 0.85 : 0.55;
  const breadth = 0.55 + 0.07 * d.interests.length;

  const visits = poisson(rng, 2.55 * tenure * d.engagement * youth * breadth);
  for (let i = 0; i < visits; i += 1) {
    const interest =
      d.interests.length > 0 ? d.interests[below(rng, d.interests.length)] : undefined;
    events.push(event('web_visit', at(rng, period), interest ? { topic: interest.topic } : {}));
  }
  const purchases = poisson(rng, 0.9 * tenure * d.engagement * (0.6 + 0.2 * d.incomeLevel));
  for (let i = 0; i < purchases; i += 1) {
    const amount = roundTo((9 + 90 * uniform(rng) * uniform(rng)) * (0.7 + 0.2 * d.incomeLevel), 2);
    events.push(event('purchase', at(rng, period), { amount_eur: amount }));
  }
  if (d.donor) {
    const donations = poisson(rng, tenure * (1.25 + 1.5 * uniform(rng)));
    for (let i = 0; i < donations; i += 1) {
      events.push(event('donation', at(rng, period), { amount_eur: draw(rng, DONATION_AMOUNTS) }));
    }
  }
  if (d.emailActive) {
    const opens = poisson(rng, 3.05 * tenure * d.engagement * (d.age < 30 ? 0.8 : 1));
    for (let i = 0; i < opens; i += 1) {
      const opened = at(rng, period);
      events.push(event('email_open', opened, {}));
      if (chance(rng, 0.25)) {
        // Clicks follow their open within two hours, never after asOf.
        const clicked = Math.min(d.asOfMs, opened + Math.floor(uniform(rng) * 7200) * 1000);
        events.push(event('email_click', clicked, {}));
      }
    }
  }
  const attended = poisson(rng, 0.29 * tenure * d.engagement * (d.member ? 3 : 1));
  for (let i = 0; i < attended; i += 1) {
    events.push(event('event_attended', at(rng, period), { format: draw(rng, EVENT_FORMATS) }));
  }
  if (events.length > 1) events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return events;
}

function event(type: string, ms: number, properties: ProfileEvent['properties']): ProfileEvent {
  return { type, occurredAt: new Date(ms), properties };
}

/** An instant in (from, to], a whole number of seconds before `to`. */
function at(rng: RandomGenerator, period: ActivePeriod): number {
  return period.to - Math.floor((uniform(rng) * (period.to - period.from)) / 1000) * 1000;
}
