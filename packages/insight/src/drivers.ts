import type { LogisticModel } from './logistic-regression';

/** One column's part in a response model, in words and comparable numbers. */
export interface Driver {
  /** Column name (`interest:climate`) and its label in catalog words. */
  readonly column: string;
  readonly label: string;
  /** Log-odds per unit of the column (per SD for standardised columns, yes vs no for indicators). */
  readonly coefficient: number;
  /** Standard error of the coefficient. */
  readonly standardError: number;
  /** e^coefficient: how the odds of responding multiply per unit of the column. */
  readonly oddsRatio: number;
  /**
   * Log-odds per standard deviation of the column in the training rows (coefficient × SD), so
   * that a rare yes/no fact and a continuous one can be ranked on one scale.
   */
  readonly standardisedEffect: number;
  readonly direction: 'raises' | 'lowers';
}

/** Every column's effect, largest standardised effect (in absolute value) first. */
export function drivers(model: LogisticModel, top = Infinity): Driver[] {
  const all = model.columns.map((column, j): Driver => {
    const coefficient = model.coefficients[j]!;
    return {
      column: column.name,
      label: column.label,
      coefficient,
      standardError: model.standardErrors[j]!,
      oddsRatio: Math.exp(coefficient),
      standardisedEffect: coefficient * model.columnSpread[j]!,
      direction: coefficient >= 0 ? 'raises' : 'lowers',
    };
  });
  all.sort((a, b) => Math.abs(b.standardisedEffect) - Math.abs(a.standardisedEffect));
  return all.slice(0, top);
}
