import { z } from 'zod';
import { isIsoDate } from './attribute-value';
import type { AudienceResult } from './audience-question';
import type { CampaignPurpose } from './campaign';
import { type Issue, joinPath } from './issue';

/** A message for a missing (or null) value, leaving zod's own message for a wrong type. */
const required = (message: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined || issue.input === null ? message : undefined,
});

const text = (what: string, max: number) =>
  z
    .string(required(`${what} is required`))
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} may have at most ${max} characters`);

const IsoDate = z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD');

/** Who a political message is for: name and a way to reach them, both shown in the notice. */
export const Sponsor = z.object(
  {
    name: text("the sponsor's name", 200),
    /** An email or postal address where the sponsor can be reached. */
    contact: text('a contact for the sponsor (an email or postal address)', 500),
  },
  required('a political campaign needs a sponsor, with name and contact'),
);
/** The sponsor of a campaign. */
export type Sponsor = z.infer<typeof Sponsor>;

/** Who paid for the campaign, when that is not the sponsor. */
export const Payer = z.object({
  name: text("the payer's name", 200),
  contact: z.string().trim().min(1).max(500).nullable().default(null),
});
/** Who paid for a campaign. */
export type Payer = z.infer<typeof Payer>;

const detailFields = {
  /** Who paid; null when the sponsor paid. */
  paidBy: Payer.nullable().default(null),
  /**
   * The election, referendum or legislative process the campaign is linked to, in words
   * ("Bavarian state election, 8 October 2028"); null when it is linked to none.
   */
  electionOrReferendum: z.string().trim().min(1).max(500).nullable().default(null),
  /** What was paid for the campaign, when it is to be published. */
  amountPaid: z
    .object({
      amount: z.number().min(0, 'expected an amount of 0 or more'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR'),
    })
    .nullable()
    .default(null),
  /** The days the campaign's messages are sent, `YYYY-MM-DD`, both included. */
  period: z
    .object({ from: IsoDate, to: IsoDate })
    .refine((p) => p.from <= p.to, { message: 'expected to on or after from', path: ['to'] })
    .nullable()
    .default(null),
};

/**
 * The facts of a political campaign's transparency notice that the campaign plan does not
 * hold. The sponsor, with name and contact, is required.
 */
export const PoliticalTransparencyDetails = z.object({ sponsor: Sponsor, ...detailFields });

/**
 * Transparency details of any campaign. Only political campaigns must name a sponsor; a
 * commercial or civic campaign that publishes a notice voluntarily may leave it null.
 */
export const TransparencyDetails = z.object({
  sponsor: Sponsor.nullable().default(null),
  ...detailFields,
});
/** Transparency details of a campaign. */
export type TransparencyDetails = z.infer<typeof TransparencyDetails>;

/** The schema the details of a campaign with `purpose` must pass. */
export function transparencyDetailsSchema(
  purpose: CampaignPurpose,
): typeof PoliticalTransparencyDetails | typeof TransparencyDetails {
  return purpose === 'political' ? PoliticalTransparencyDetails : TransparencyDetails;
}

/**
 * Checks untrusted transparency details against the schema for `purpose`, naming each problem
 * under `path` (`campaign.transparency.sponsor.contact`). No details at all (undefined or null)
 * read as empty ones, so that a political campaign without them is told what it lacks (a
 * sponsor) rather than that an object was expected.
 */
export function parseTransparencyDetails(
  purpose: CampaignPurpose,
  details: unknown,
  path: string,
): AudienceResult<TransparencyDetails> {
  const parsed = transparencyDetailsSchema(purpose).safeParse(details ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue): Issue => ({
      path: joinPath(path, ...issue.path),
      code: 'invalid_shape',
      message: issue.message,
    })),
  };
}
