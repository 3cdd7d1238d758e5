import type { Command } from 'commander';
import type { BudgetPoint, ChannelReach, ReachEstimate } from '@pinpoint/domain';
import { commandAction, type CliRun } from '../command-action';
import { issuesError } from '../exit-code';
import { campaignTarget } from '../input/campaign-target';
import { parseAmount, parseAsOf } from '../input/option-values';
import {
  formatCount,
  formatInstant,
  formatMoney,
  formatPrice,
  formatShare,
} from '../output/numbers';
import { formatFields, formatTable } from '../output/table';
import { examples } from './help-texts';

function describeReach(estimate: ReachEstimate & { asOf: Date }, curve: boolean): string {
  const { audience, reachable, unreachable: u } = estimate;
  const fields: [string, string][] = [
    ['as of', formatInstant(estimate.asOf)],
    ['audience', formatCount(audience)],
    [
      'reachable',
      `${formatCount(reachable)} (${formatShare(audience === 0 ? 0 : reachable / audience)})`,
    ],
    ['cost at full reach', formatMoney(estimate.costAtFullReach)],
  ];
  if (estimate.budget !== null)
    fields.push([
      'budget',
      `${formatMoney(estimate.budget)} reaches ${formatCount(estimate.reachAtBudget ?? 0)}`,
    ]);
  const channels = formatTable<ChannelReach>(
    [
      { header: 'CHANNEL', cell: (c) => c.channel },
      { header: 'REACHED', cell: (c) => formatCount(c.reached), align: 'right' },
      { header: 'PER CONTACT', cell: (c) => formatPrice(c.costPerContact), align: 'right' },
      { header: 'COST', cell: (c) => formatMoney(c.cost), align: 'right' },
    ],
    estimate.channels,
  );
  const lost =
    `not reached: excluded ${formatCount(u.excluded)}, holdout ${formatCount(u.holdout)}, ` +
    `frequency cap ${formatCount(u.frequencyCapped)}, no address ${formatCount(u.noAddress)}, ` +
    `no consent ${formatCount(u.noConsent)}\n`;
  const points = curve
    ? '\n' +
      formatTable<BudgetPoint>(
        [
          { header: 'BUDGET', cell: (p) => formatMoney(p.budget), align: 'right' },
          { header: 'REACH', cell: (p) => formatCount(p.reach), align: 'right' },
        ],
        estimate.curve,
      )
    : '';
  return `${formatFields(fields)}\n${channels}\n${lost}${points}`;
}

/** `pinpoint reach campaign.json [--budget N]`: who a campaign would reach, on which channels, at what cost. */
export function registerReach(program: Command, run: CliRun): void {
  program
    .command('reach')
    .description(
      "estimate a campaign's reach: audience, reachable people per channel, cost, reach at a budget",
    )
    .argument(
      '<campaign>',
      "a campaign file (JSON, as the API's CampaignInput) or a saved campaign's id",
    )
    .option(
      '--budget <amount>',
      "the reach this budget buys (default: the campaign's budget)",
      parseAmount,
    )
    .option('--curve', 'also print the budget → reach curve')
    .option('--as-of <date>', 'evaluate at this day or instant (default: now)', parseAsOf)
    .addHelpText(
      'after',
      examples(
        'pinpoint reach autumn.json --budget 5000',
        'pinpoint reach 7c0c4c9e-1f7e-4d55-9d0a-5f1f0c6a2b11 --curve',
        'pinpoint reach autumn.json --json | jq .reachAtBudget',
      ) +
        `
Campaign file:
  { "name": "Autumn", "purpose": "civic",
    "includeSegmentIds": ["5e600000-0000-4000-8000-000000000003"], "excludeSegmentIds": [],
    "channels": [{ "channel": "email", "costPerContact": 0.02 }, { "channel": "sms", "costPerContact": 0.09, "priority": 1 }],
    "holdoutShare": 0.1, "budget": { "amount": 5000, "currency": "EUR" } }
`,
    )
    .action(
      commandAction(
        run,
        async (
          context,
          options: { budget?: number; curve?: boolean; asOf?: Date },
          campaign: string,
        ) => {
          const target = await campaignTarget(campaign, context.path);
          const answer = await (await context.backend()).reach(target, options);
          if (!answer.ok)
            throw issuesError(
              'the campaign',
              answer.issues,
              'give a campaign file (campaign.json) or the id of a saved campaign',
            );
          context.output.result(answer.value, (estimate) =>
            describeReach(estimate, options.curve === true),
          );
        },
      ),
    );
}
