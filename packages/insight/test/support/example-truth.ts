import type { TrueResponseModel } from '../../src/synthetic-outcomes';

/** Three framings of one appeal: climate, the local community, and the cost of living. */
export const EXAMPLE_VARIANT_IDS = ['climate', 'local', 'costs'] as const;

/**
 * A hidden response model over the demo population's columns (encoded with
 * `DEMO_FEATURE_OPTIONS`). Held out, people interested in politics, recent donors and members
 * respond a little anyway. Each framing adds its own effect on top, which is what makes the
 * uplift differ by segment: the climate message lifts the climate-minded and turns older people
 * off, the local one works on local-news readers and in the countryside, the cost one on people
 * worried about rent and on low incomes.
 *
 * Weights are on the encoded scale (per SD for standardised columns, yes vs no for
 * indicators). They are spaced so that, per variant, the standardised effects of the true
 * drivers differ by at least 0.1 from each other and from zero, several standard errors at
 * the sample sizes the tests use, so that their order is something a fit can recover.
 */
export const exampleTruth: TrueResponseModel = {
  control: {
    intercept: -2.6,
    weights: { 'interest:politics': 0.4, 'event:donation': 0.25, 'attribute:member': 0.5 },
  },
  treatment: {
    climate: { intercept: 0.4, weights: { 'interest:climate': 0.9, 'attribute:age': -0.6 } },
    local: {
      intercept: 0.3,
      weights: { 'interest:local_news': 1.0, 'attribute:urbanity=rural': 1.2 },
    },
    costs: {
      intercept: 0.5,
      weights: { 'interest:housing': 0.75, 'attribute:income_band=under_1500': 1.5 },
    },
  },
};
