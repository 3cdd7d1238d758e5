export { auc } from './auc';
export { calibration, type Calibration, type CalibrationBin } from './calibration';
export {
  columnIndex,
  indexesWhere,
  pick,
  selectRows,
  type DesignMatrix,
  type FeatureColumn,
} from './design-matrix';
export * from './diversity';
export * from './diversity-floor';
export { drivers, type Driver } from './drivers';
export * from './features';
export { NOT_CONTACTED } from './greedy-plan';
export {
  logistic,
  predictProbabilities,
  trainLogisticRegression,
  type LogisticModel,
  type LogisticRegressionOptions,
} from './logistic-regression';
export { normalQuantile } from './normal-quantile';
export * from './plan-optimisation';
export * from './proportion-interval';
export { SeededRandom } from './seeded-random';
export * from './send-outcome';
export * from './synthetic-outcomes';
export * from './uplift';
