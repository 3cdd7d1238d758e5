const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 2,
});

/** `12,345`. */
export const formatCount = (n: number): string => integer.format(n);

/** `12.3%` of a share 0..1. */
export const formatShare = (share: number): string => percent.format(share);

/** `€1,234.50`. */
export const formatMoney = (amount: number): string => money.format(amount);

/** `€1,234.50`, `$80.00`: an amount in any ISO 4217 currency. */
export const formatAmount = (amount: number, currency: string): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);

/** `+1,234` / `−56` / `±0`. */
export function formatDelta(delta: number): string {
  if (delta === 0) return '±0';
  return `${delta > 0 ? '+' : '−'}${integer.format(Math.abs(delta))}`;
}
