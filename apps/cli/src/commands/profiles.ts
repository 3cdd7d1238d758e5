import type { Command } from 'commander';
import type { ErasureAnswer, ProfileTarget } from '../backend/backend';
import { commandAction, type CliRun } from '../command-action';
import { CliError, issuesError } from '../exit-code';
import { profileTarget } from '../input/variant-target';
import { formatFields } from '../output/table';
import { examples } from './help-texts';

const named = (profile: ProfileTarget) =>
  'id' in profile ? `id "${profile.id}"` : `external id "${profile.externalId}"`;

/** `pinpoint profiles erase`: the people Pinpoint keeps, one at a time. */
export function registerProfiles(program: Command, run: CliRun): void {
  const profiles = program
    .command('profiles')
    .description('act on individual profiles (erasure on request)')
    .addHelpText('after', examples('pinpoint profiles erase P000000042'));

  profiles
    .command('erase')
    .description(
      'erase a person on request (GDPR Art. 17): the profile and all its facts are deleted,\n' +
        'and the audit log keeps only a pseudonym for them. Cannot be undone.',
    )
    .argument('<id-or-external-id>', 'the profile: Pinpoint id (a UUID) or external id')
    .option('--external-id', 'take the argument as an external id, even if it looks like a UUID')
    .addHelpText(
      'after',
      examples(
        'pinpoint profiles erase P000000042',
        'pinpoint profiles erase 0b6c2f1e-8f4a-5c3d-9e2b-7a1d4c6e8f90 --json',
        'pinpoint profiles erase 0b6c2f1e-8f4a-5c3d-9e2b-7a1d4c6e8f90 --external-id',
        'pinpoint --api http://127.0.0.1:4000/graphql --token $ADMIN_TOKEN profiles erase P000000042',
      ) +
        `
Exit codes: 0 erased, 3 no such profile (erased before, or never stored).
Through --api the key needs the admin scope. The audit pseudonym is keyed with PINPOINT_SECRET
(the API's), else the embedded install's own secret beside its data folder.
`,
    )
    .action(
      commandAction(run, async (context, options: { externalId?: boolean }, reference: string) => {
        if (reference.trim() === '')
          throw new CliError('usage', 'expected a profile id or external id, got nothing');
        const profile: ProfileTarget = options.externalId
          ? { externalId: reference }
          : profileTarget(reference);
        const answer = await (await context.backend()).eraseProfile(profile);
        if (!answer.ok) throw issuesError('the profile reference', answer.issues);
        if (!answer.value.erased)
          throw new CliError('notFound', `no profile with ${named(profile)}`, {
            hint: 'it may have been erased already; nothing was changed',
          });
        context.output.result(
          answer.value,
          (erased: ErasureAnswer) =>
            `erased the profile with ${named(profile)}\n${formatFields([
              ['audit pseudonym', erased.pseudonym ?? '–'],
            ])}`,
        );
      }),
    );
}
