import type { SensitiveCategory } from './catalog';

/** A GDPR Art. 9 special category: a `SensitiveCategory` other than `none`. */
export type SpecialCategory = Exclude<SensitiveCategory, 'none'>;

/** Whether an attribute's category is one of the special categories of GDPR Art. 9(1). */
export function isSpecialCategory(category: SensitiveCategory): category is SpecialCategory {
  return category !== 'none';
}

/**
 * Each special category in the words of GDPR Art. 9(1), so that a refusal names the
 * category the way the law does, not by our enum value.
 */
export const SPECIAL_CATEGORY_WORDS: Readonly<Record<SpecialCategory, string>> = {
  political_opinion: 'political opinions',
  religious_belief: 'religious or philosophical beliefs',
  health: 'health',
  ethnic_origin: 'racial or ethnic origin',
  sexual_orientation: 'sex life or sexual orientation',
  trade_union_membership: 'trade union membership',
  biometric_genetic: 'genetic or biometric data',
};

/** A provision a refusal rests on: its exact citation and what it says, in plain words. */
export interface LegalGround {
  citation: string;
  plainWords: string;
}

/** The general prohibition on processing special categories of personal data. */
export const GDPR_ARTICLE_9_1: LegalGround = {
  citation: 'Regulation (EU) 2016/679 (GDPR), Art. 9(1)',
  plainWords:
    'processing personal data that reveals racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, genetic or biometric data, or data concerning health, sex life or sexual orientation is prohibited unless an exception of Art. 9(2) applies',
};

/** The political-advertising rule against profiling on special categories. */
export const POLITICAL_ADVERTISING_ARTICLE_18_1_C: LegalGround = {
  citation:
    'Regulation (EU) 2024/900 on the transparency and targeting of political advertising, Art. 18(1)(c)',
  plainWords:
    'targeting techniques used for online political advertising must not involve profiling that uses special categories of personal data',
};

/** Formats a legal ground for a message: `citation: plain words`. */
export function formatLegalGround(ground: LegalGround): string {
  return `${ground.citation}: ${ground.plainWords}`;
}
