import { indexesWhere, pick, selectRows, type DesignMatrix } from '../../src/design-matrix';
import { type LogisticModel, trainLogisticRegression } from '../../src/logistic-regression';
import { simulateCampaign, type SimulatedCampaign } from '../../src/synthetic-outcomes';
import { demoDesign } from './demo-design';
import { EXAMPLE_VARIANT_IDS, exampleTruth } from './example-truth';

/** One variant's model, and the rows it was trained and is validated on. */
export interface TrainedVariant {
  readonly variantId: string;
  readonly variant: number;
  readonly model: LogisticModel;
  readonly validationRows: Int32Array;
}

/**
 * The shared experiment of the model tests: `size` demo profiles, a campaign drawn from the
 * example truth (10% held out, the rest split over three variants), and one response model per
 * variant trained on the first `trainingShare` of the rows that got it. The remaining rows
 * validate, so that no score is measured on the data it was fitted to.
 */
export function trainOnSimulatedCampaign(options: {
  populationSeed: number;
  campaignSeed: number;
  size: number;
  trainingShare: number;
}): { design: DesignMatrix; campaign: SimulatedCampaign; variants: TrainedVariant[] } {
  const { design } = demoDesign(options.populationSeed, options.size);
  const campaign = simulateCampaign({
    design,
    truth: exampleTruth,
    variantIds: EXAMPLE_VARIANT_IDS,
    holdoutShare: 0.1,
    seed: options.campaignSeed,
  });
  const boundary = Math.floor(options.size * options.trainingShare);
  const variants = EXAMPLE_VARIANT_IDS.map((variantId, variant): TrainedVariant => {
    const trainingRows = indexesWhere(boundary, (i) => campaign.arm[i] === variant);
    const validationRows = indexesWhere(
      options.size,
      (i) => i >= boundary && campaign.arm[i] === variant,
    );
    const model = trainLogisticRegression(
      selectRows(design, trainingRows),
      pick(campaign.responded, trainingRows),
    );
    return { variantId, variant, model, validationRows };
  });
  return { design, campaign, variants };
}
