/**
 * Training at scale: streams BENCH_SIZE demo profiles (default 1,000,000) into one design
 * matrix, draws responses to the climate variant from the example truth, fits the response
 * model, and scores it on a further tenth of profiles it never saw. Prints the time of each
 * stage, the validation AUC and expected calibration error, each beside the true model's.
 * Run with `pnpm --filter @pinpoint/insight bench`; the default size needs about 1 GB of memory.
 */
import { DEMO_AS_OF, DEMO_SEED, demoCatalog, generatePopulation } from '@pinpoint/population';
import { auc } from '../src/auc';
import { calibration } from '../src/calibration';
import type { DesignMatrix } from '../src/design-matrix';
import { fitFeatureEncoder } from '../src/features';
import { predictProbabilities, trainLogisticRegression } from '../src/logistic-regression';
import { drawCampaign, trueProbabilities } from '../src/synthetic-outcomes';
import { DEMO_FEATURE_OPTIONS } from '../test/support/demo-design';
import { exampleTruth } from '../test/support/example-truth';

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const validationSize = Math.max(1_000, Math.round(size / 10));
const total = size + validationSize;

function timed<T>(what: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

const population = (count: number) =>
  generatePopulation({ seed: DEMO_SEED, size: count, asOf: DEMO_AS_OF });

// Scales come from a sample; every row is then encoded straight into one Float64Array, so
// the million profiles are never held as objects at once.
const encoder = timed('fit the encoder on 20,000 profiles', () =>
  fitFeatureEncoder(demoCatalog, population(Math.min(total, 20_000)), DEMO_FEATURE_OPTIONS),
);
const width = encoder.columns.length;
const values = new Float64Array(total * width);
timed(`generate and encode ${total.toLocaleString('en-US')} profiles`, () => {
  let row = 0;
  for (const profile of population(total)) encoder.encodeInto(profile, values, width * row++);
});
const everyone: DesignMatrix = { rows: total, columns: encoder.columns, values };
const slice = (from: number, to: number): DesignMatrix => ({
  rows: to - from,
  columns: encoder.columns,
  values: values.subarray(from * width, to * width),
});

const truth = trueProbabilities(everyone, exampleTruth, ['climate']);
const { responded } = drawCampaign(truth, { holdoutShare: 0, seed: 1 });
const training = slice(0, size);
const model = timed(`train on ${size.toLocaleString('en-US')} rows × ${width} columns`, () =>
  trainLogisticRegression(training, responded.subarray(0, size)),
);
console.log(`  ${model.iterations} Newton iterations, converged: ${model.converged}`);

const outcomes = responded.subarray(size);
const predicted = predictProbabilities(model, slice(size, total));
const trueValidation = truth.byVariant[0]!.subarray(size);
const rate = outcomes.reduce((sum, y) => sum + y, 0) / outcomes.length;
console.log(
  `validation on ${validationSize.toLocaleString('en-US')} unseen rows (response rate ${(rate * 100).toFixed(1)}%):`,
);
console.log(
  `  AUC ${auc(predicted, outcomes).toFixed(4)} (true model ${auc(trueValidation, outcomes).toFixed(4)})`,
);
console.log(
  `  expected calibration error ${calibration(predicted, outcomes).expectedCalibrationError.toFixed(4)} ` +
    `(true model ${calibration(trueValidation, outcomes).expectedCalibrationError.toFixed(4)})`,
);
