import type { Command } from 'commander';
import type { CatalogAnswer } from '../backend/backend';
import { commandAction, type CliRun } from '../command-action';
import { formatTable } from '../output/table';
import { examples } from './help-texts';

type Attribute = CatalogAnswer['attributes'][number];

/** An enum's values, shortened to a line's worth; the unit of a number. */
function valuesOf(attribute: Attribute): string {
  if (attribute.values.length === 0) return attribute.unit ?? '';
  const shown: string[] = [];
  for (const value of attribute.values) {
    if ([...shown, value].join(', ').length > 60) break;
    shown.push(value);
  }
  const rest = attribute.values.length - shown.length;
  return rest === 0
    ? shown.join(', ')
    : `${shown.join(', ')}, … (${attribute.values.length} values)`;
}

function describeCatalog(catalog: CatalogAnswer): string {
  const keys = (entries: readonly { key: string }[]) =>
    entries.length === 0 ? '–' : entries.map((e) => e.key).join(', ');
  return (
    formatTable<Attribute>(
      [
        { header: 'ATTRIBUTE', cell: (a) => a.key },
        { header: 'TYPE', cell: (a) => a.type },
        { header: 'LABEL', cell: (a) => a.label },
        { header: 'VALUES / UNIT', cell: valuesOf },
        { header: 'SENSITIVE', cell: (a) => (a.sensitive === 'none' ? '' : a.sensitive) },
      ],
      catalog.attributes,
    ) +
    `\ninterests     ${keys(catalog.interests)}\n` +
    `event types   ${keys(catalog.eventTypes)}\n` +
    `score models  ${keys(catalog.scoreModels)}\n` +
    `channels      ${catalog.channels.join(', ')}\n`
  );
}

/** `pinpoint catalog`: what rules, compositions and exports can name. */
export function registerCatalog(program: Command, run: CliRun): void {
  program
    .command('catalog')
    .description(
      'list the attributes (with types and values), interests, event types, score models and channels',
    )
    .addHelpText(
      'after',
      examples('pinpoint catalog', "pinpoint catalog --json | jq '.attributes[].key'"),
    )
    .action(
      commandAction(run, async (context) => {
        const catalog = await (await context.backend()).catalog();
        context.output.result(catalog, describeCatalog);
      }),
    );
}
