/**
 * Okabe–Ito colours: distinguishable with every common colour-vision deficiency. Charts use
 * `segment` against `population` throughout, so a reader learns the pairing once.
 */
export const palette = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
  segment: '#0072B2',
  population: '#E69F00',
} as const;

/** Series colours in order, for charts with several categories. */
export const seriesColours = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
];
