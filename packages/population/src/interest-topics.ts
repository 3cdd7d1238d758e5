import type { RegionCode } from './regions';

/**
 * How common an interest topic is and who holds it. `base` is the chance of holding it
 * before personal factors; the other fields multiply it. Ages are the anchors 18, 30, 45,
 * 60, 75 and 90 (interpolated between); urbanity is urban, suburban, rural; gender is
 * female, male; education is low, intermediate, high.
 */
export interface TopicProfile {
  readonly key: string;
  readonly label: string;
  readonly base: number;
  readonly byAge: readonly number[];
  readonly byUrbanity: readonly [number, number, number];
  readonly byGender?: readonly [number, number];
  readonly byEducation?: readonly [number, number, number];
  readonly byRegion?: Partial<Record<RegionCode, number>>;
  /** Multiplier for people with children in their household. */
  readonly parents?: number;
  /** Multiplier for members of the organisation. */
  readonly members?: number;
}

const EAST_LOW = { BB: 0.8, MV: 0.8, SN: 0.75, ST: 0.75, TH: 0.75 } as const;

/** The interest topics, in catalog order. */
// prettier-ignore
export const INTEREST_TOPICS: readonly TopicProfile[] = [
  { key: 'climate', label: 'Climate & environment', base: 0.34, byAge: [1.7, 1.35, 1, 0.85, 0.7, 0.5], byUrbanity: [1.3, 1, 0.75], byGender: [1.15, 0.85], byEducation: [0.6, 1, 1.5], byRegion: EAST_LOW },
  { key: 'football', label: 'Football', base: 0.32, byAge: [1.3, 1.2, 1.1, 1, 0.8, 0.5], byUrbanity: [1, 1, 1.05], byGender: [0.45, 1.55], byEducation: [1.1, 1, 0.85], byRegion: { NW: 1.25, BY: 1.1 } },
  { key: 'cars', label: 'Cars & mobility', base: 0.26, byAge: [1.3, 1.1, 1, 0.9, 0.7, 0.4], byUrbanity: [0.75, 1.05, 1.25], byGender: [0.5, 1.5], byEducation: [1.1, 1.05, 0.85], byRegion: { BW: 1.2, BY: 1.1, NI: 1.1 } },
  { key: 'travel', label: 'Travel', base: 0.36, byAge: [1.2, 1.2, 1, 1.1, 0.9, 0.4], byUrbanity: [1.15, 1, 0.85], byGender: [1.1, 0.9], byEducation: [0.7, 1, 1.3] },
  { key: 'cooking', label: 'Cooking & food', base: 0.36, byAge: [0.9, 1.1, 1.1, 1, 0.9, 0.7], byUrbanity: [1.05, 1, 0.95], byGender: [1.35, 0.65], byEducation: [0.9, 1, 1.1] },
  { key: 'gaming', label: 'Gaming', base: 0.22, byAge: [2.6, 1.8, 0.9, 0.35, 0.12, 0.05], byUrbanity: [1.1, 1, 0.9], byGender: [0.6, 1.4] },
  { key: 'fashion', label: 'Fashion', base: 0.2, byAge: [2, 1.5, 1, 0.6, 0.4, 0.3], byUrbanity: [1.3, 1, 0.75], byGender: [1.7, 0.3] },
  { key: 'finance', label: 'Money & investing', base: 0.22, byAge: [0.8, 1.2, 1.2, 1.1, 0.9, 0.6], byUrbanity: [1.15, 1.05, 0.85], byGender: [0.7, 1.3], byEducation: [0.6, 1, 1.45] },
  { key: 'health_fitness', label: 'Health & fitness', base: 0.3, byAge: [1.4, 1.3, 1.1, 0.9, 0.8, 0.6], byUrbanity: [1.2, 1, 0.85], byGender: [1.1, 0.9], byEducation: [0.75, 1, 1.25] },
  { key: 'politics', label: 'Politics & society', base: 0.18, byAge: [0.8, 0.8, 0.95, 1.15, 1.3, 1.1], byUrbanity: [1.15, 1, 0.9], byGender: [0.85, 1.15], byEducation: [0.6, 0.95, 1.5], members: 2.5 },
  { key: 'local_news', label: 'Local news', base: 0.25, byAge: [0.4, 0.6, 0.9, 1.3, 1.6, 1.5], byUrbanity: [0.8, 1, 1.35] },
  { key: 'gardening', label: 'Gardening', base: 0.2, byAge: [0.25, 0.5, 1, 1.5, 1.8, 1.3], byUrbanity: [0.45, 1.1, 1.7], byGender: [1.2, 0.8] },
  { key: 'pets', label: 'Pets', base: 0.22, byAge: [1.1, 1.1, 1.1, 1, 0.9, 0.6], byUrbanity: [0.8, 1.05, 1.2], byGender: [1.3, 0.7] },
  { key: 'tech', label: 'Technology', base: 0.25, byAge: [1.5, 1.4, 1.1, 0.8, 0.5, 0.25], byUrbanity: [1.2, 1, 0.8], byGender: [0.55, 1.45], byEducation: [0.7, 1, 1.35], byRegion: { BW: 1.1 } },
  { key: 'music', label: 'Music & concerts', base: 0.35, byAge: [1.6, 1.3, 1, 0.8, 0.6, 0.45], byUrbanity: [1.15, 1, 0.9] },
  { key: 'cinema', label: 'Film & series', base: 0.22, byAge: [1.5, 1.3, 1, 0.8, 0.6, 0.4], byUrbanity: [1.3, 1, 0.7] },
  { key: 'books', label: 'Books & reading', base: 0.25, byAge: [0.9, 0.9, 1, 1.1, 1.2, 1.1], byUrbanity: [1.15, 1, 0.85], byGender: [1.4, 0.6], byEducation: [0.55, 1, 1.5] },
  { key: 'outdoor', label: 'Hiking & outdoors', base: 0.25, byAge: [1.1, 1.2, 1.1, 1, 0.8, 0.4], byUrbanity: [0.8, 1.05, 1.25], byRegion: { BY: 1.3, BW: 1.2 } },
  { key: 'diy', label: 'DIY & home improvement', base: 0.2, byAge: [0.6, 1, 1.2, 1.2, 1, 0.5], byUrbanity: [0.7, 1.1, 1.3], byGender: [0.6, 1.4], byEducation: [1.2, 1.1, 0.8] },
  { key: 'parenting', label: 'Parenting & family', base: 0.04, byAge: [0.5, 1.5, 1.6, 0.4, 0.2, 0.1], byUrbanity: [1, 1, 1], byGender: [1.3, 0.7], parents: 12 },
  { key: 'education', label: 'Schools & education', base: 0.12, byAge: [1.6, 1, 1.2, 0.7, 0.5, 0.3], byUrbanity: [1, 1, 1], byEducation: [0.7, 1, 1.3], parents: 2.5 },
  { key: 'pensions', label: 'Pensions & retirement', base: 0.15, byAge: [0.1, 0.3, 0.8, 2.6, 2.4, 1.5], byUrbanity: [1, 1, 1] },
  { key: 'housing', label: 'Housing & rent', base: 0.18, byAge: [1.6, 1.5, 1.1, 0.8, 0.6, 0.5], byUrbanity: [1.5, 1, 0.6] },
  { key: 'volunteering', label: 'Volunteering', base: 0.12, byAge: [0.9, 0.8, 1, 1.2, 1.3, 0.8], byUrbanity: [0.85, 1, 1.2], byEducation: [0.8, 1, 1.2], members: 2 },
];
