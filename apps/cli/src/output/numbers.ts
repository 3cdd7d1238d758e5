/** A count with thousands separators: 12,345. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** A share (0..1) as a percentage with one decimal: 12.3 %. */
export const formatShare = (share: number): string => `${(share * 100).toFixed(1)} %`;

/** An amount of money with two decimals: 1,234.50. */
export const formatMoney = (amount: number): string =>
  amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A price per contact, with as many decimals as it has (up to four): 0.0125. */
export const formatPrice = (amount: number): string =>
  amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** A lift index (100 = as often as in the population), or a dash when there is none. */
export const formatLift = (lift: number | null): string =>
  lift === null ? '–' : Math.round(lift).toString();

/** An instant as people read it: the date alone at midnight UTC, else the full instant. */
export const formatInstant = (at: Date): string => {
  const iso = at.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
};
