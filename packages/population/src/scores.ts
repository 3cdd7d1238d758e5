import type { PredictedScore } from '@pinpoint/domain';
import type { RandomGenerator } from 'pure-rand';
import { logistic, roundTo } from './deterministic-math';
import { gaussian } from './random';

/** The score models, with catalog labels. */
export const SCORE_MODELS = [
  {
    key: 'churn_risk',
    label: 'Churn risk',
    description:
      'Probability of becoming inactive (no contact, no activity) within the next 90 days.',
  },
  {
    key: 'turnout_likelihood',
    label: 'Turnout likelihood',
    description: 'Probability of voting in the next federal election.',
  },
  {
    key: 'donation_propensity',
    label: 'Donation propensity',
    description: 'Probability of donating within the next 12 months.',
  },
] as const;

/** Turnout rises with education (EDUCATION_LEVELS order), as in every German election study. */
const TURNOUT_BY_EDUCATION = [-0.6, -0.3, 0, 0.35, 0.7];

/** Hidden facts the scores are "predicted" from; the same facts drive the visible data. */
export interface ScoreDrivers {
  age: number;
  education: number;
  incomeLevel: number;
  member: boolean;
  east: boolean;
  lapsing: boolean;
  emailActive: boolean;
  politicsAffinity: number;
  partyKnown: boolean;
  /** Donor latent on the log-odds scale (see `donorLogit`). */
  donorLogit: number;
  donated: boolean;
  /** Signed up within the last year. */
  newcomer: boolean;
}

/**
 * Log-odds of being a donor: older, richer, organised and civically interested people give.
 * Shared by donation events (who donates) and the donation score (who is predicted to).
 */
export function donorLogit(
  age: number,
  incomeLevel: number,
  member: boolean,
  civicAffinity: number,
): number {
  return -3.9 + 0.025 * (age - 18) + 0.3 * incomeLevel + (member ? 1.6 : 0) + 1.2 * civicAffinity;
}

/**
 * The three predicted scores, correlated with the facts they would be trained on plus
 * noise (a model is never perfect), rounded to three decimals.
 */
export function drawScores(rng: RandomGenerator, d: ScoreDrivers): PredictedScore[] {
  const churn =
    -1.2 +
    (d.lapsing ? 2 : 0) -
    (d.member ? 1.1 : 0) +
    (d.age < 30 ? 0.5 : 0) +
    (d.newcomer ? 0.3 : 0) -
    (d.emailActive ? 0.4 : 0) +
    0.5 * gaussian(rng);
  const ageTerm = 0.045 * (Math.min(d.age, 75) - 18) - (d.age > 85 ? 0.6 : 0);
  const turnout =
    -0.15 +
    ageTerm +
    (TURNOUT_BY_EDUCATION[d.education] ?? 0) +
    (d.member ? 1.2 : 0) +
    d.politicsAffinity +
    (d.partyKnown ? 0.5 : 0) -
    (d.east ? 0.2 : 0) -
    (d.incomeLevel === 0 ? 0.35 : 0) +
    0.5 * gaussian(rng);
  const donation = d.donorLogit + (d.donated ? 1 : 0) + 0.6 * gaussian(rng);
  return [
    { model: 'churn_risk', value: roundTo(logistic(churn), 3) },
    { model: 'turnout_likelihood', value: roundTo(logistic(turnout), 3) },
    { model: 'donation_propensity', value: roundTo(logistic(donation), 3) },
  ];
}
