import { Option, type Command } from 'commander';
import { CHANNELS } from '@pinpoint/domain';
import type { MessagePreview } from '../backend/backend';
import { commandAction, type CliRun } from '../command-action';
import { issuesError } from '../exit-code';
import { profileTarget, variantTarget, type VariantOptions } from '../input/variant-target';
import { formatFields } from '../output/table';
import { examples } from './help-texts';

function describePreview(preview: MessagePreview): string {
  const fields: [string, string][] = [['profile', `${preview.externalId} (${preview.profileId})`]];
  if (preview.subject !== null) fields.push(['subject', preview.subject]);
  if (preview.missing.length > 0) fields.push(['missing', preview.missing.join(', ')]);
  if (preview.sms)
    fields.push([
      'sms',
      `${preview.sms.segments} message${preview.sms.segments === 1 ? '' : 's'} (${preview.sms.encoding}, ${preview.sms.units} units)`,
    ]);
  return `${formatFields(fields)}\n${preview.text}\n`;
}

/** `pinpoint preview VARIANT_OR_TEMPLATE --profile ID`: a message rendered for one real profile. */
export function registerPreview(program: Command, run: CliRun): void {
  program
    .command('preview')
    .description('render a message variant or a Liquid template for one real profile')
    .argument(
      '<variant-or-template>',
      'a variant id (with --campaign), a variant file (.json), a template file, or the template text',
    )
    .requiredOption('--profile <id>', 'the profile: Pinpoint id or external id (e.g. P000000042)')
    .option('--campaign <id>', 'the saved campaign whose variant to render')
    .addOption(new Option('--channel <channel>', 'the channel a template is for').choices(CHANNELS))
    .option('--subject <template>', 'a subject line template (e-mail)')
    .addHelpText(
      'after',
      examples(
        'pinpoint preview \'Hi {{ profile.first_name | default: "there" }}!\' --profile P000000042 --channel sms',
        'pinpoint preview welcome.liquid --profile P000000042 --subject "Hello {{ profile.first_name }}"',
        'pinpoint preview v1 --campaign 7c0c4c9e-1f7e-4d55-9d0a-5f1f0c6a2b11 --profile P000000042 --json',
      ),
    )
    .action(
      commandAction(
        run,
        async (context, options: VariantOptions & { profile: string }, argument: string) => {
          const variant = await variantTarget(argument, options, context.path);
          const answer = await (
            await context.backend()
          ).preview(variant, profileTarget(options.profile));
          if (!answer.ok)
            throw issuesError(
              'the message',
              answer.issues,
              'check the profile, campaign and variant ids',
            );
          context.output.result(answer.value, describePreview);
        },
      ),
    );
}
