import { upsertProfiles } from '@pinpoint/db';
import { DEFAULT_WORKSPACE_ID, Profile, profileIdFor } from '@pinpoint/domain';
import { DEMO_SEGMENT_IDS } from '@pinpoint/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTargets, startTestServer, TEST_AS_OF, type TestServer } from '../testing/test-server';

const AS_OF = TEST_AS_OF.toISOString();
const segmentId = DEMO_SEGMENT_IDS.lapsedDonors;
const draft = (template: string, channel = 'email', subject: string | null = null) => ({
  draft: { id: 'v', name: 'Draft', segmentId, channel, subject, template },
});

const PREVIEW = `__typename ... on MessagePreview { profileId externalId subject text html missing sms { encoding segments } }
  ... on InputErrors { issues { path code message } }`;

describe.each(apiTargets())('message previews on $name', ({ target, index }) => {
  let api: TestServer;
  const mallory = Profile.parse({
    id: profileIdFor('mallory'),
    externalId: 'mallory',
    attributes: { first_name: '<img src=x onerror=alert(1)>', city: 'Köln' },
  });
  const nameless = Profile.parse({ id: profileIdFor('nameless'), externalId: 'nameless' });

  beforeAll(async () => {
    api = await startTestServer(target, { index: index ? {} : undefined });
    await upsertProfiles(api.db, DEFAULT_WORKSPACE_ID, [mallory, nameless]);
  }, 120_000);
  afterAll(() => api.close());

  it('renders for a real profile with HTML in its data escaped in e-mail, and plain in SMS', async () => {
    const variables = {
      email: draft(
        '<p>Hi {{ profile.first_name }} from {{ profile.city }}</p>',
        'email',
        'Hi {{ profile.first_name }}',
      ),
      sms: draft('Hi {{ profile.first_name }}', 'sms'),
    };
    const response = await api.graphql<{ email: unknown; sms: unknown }>(
      `query ($email: VariantRef!, $sms: VariantRef!) {
        email: previewMessage(variant: $email, profileId: "${mallory.id}") { ${PREVIEW} }
        sms: previewMessage(variant: $sms, profileId: "${mallory.id}") { ${PREVIEW} } }`,
      variables,
    );
    expect(response.data?.email).toEqual({
      __typename: 'MessagePreview',
      profileId: mallory.id,
      externalId: 'mallory',
      subject: 'Hi <img src=x onerror=alert(1)>',
      text: '<p>Hi &lt;img src=x onerror=alert(1)&gt; from Köln</p>',
      html: true,
      missing: [],
      sms: null,
    });
    expect(response.data?.sms).toMatchObject({
      text: 'Hi <img src=x onerror=alert(1)>',
      html: false,
      sms: { encoding: 'GSM-7', segments: 1 },
    });
  });

  it('names the values a profile lacks, and uses defaults where given', async () => {
    const response = await api.graphql<{ previewMessage: unknown }>(
      `query ($v: VariantRef!) { previewMessage(variant: $v, profileId: "${nameless.id}") { ${PREVIEW} } }`,
      { v: draft('Dear {{ profile.first_name | default: "friend" }} in {{ profile.city }}.') },
    );
    expect(response.data?.previewMessage).toMatchObject({
      text: 'Dear friend in .',
      missing: ['first_name', 'city'],
    });
  });

  it('reports unknown profiles and invalid drafts as data', async () => {
    const response = await api.graphql<{ a: unknown; b: unknown }>(
      `query ($v: VariantRef!, $bad: VariantRef!) {
        a: previewMessage(variant: $v, profileId: "not-an-id") { ${PREVIEW} }
        b: previewMessage(variant: $bad, profileId: "${mallory.id}") { ${PREVIEW} } }`,
      { v: draft('Hi'), bad: draft('') },
    );
    expect(response.data?.a).toMatchObject({ issues: [{ path: 'profileId', code: 'not_found' }] });
    expect(response.data?.b).toMatchObject({
      issues: [{ path: 'variant.draft.template', code: 'invalid_shape' }],
    });
  });

  it('counts members of the segment missing each needed value, and checks SMS length', async () => {
    const response = await api.graphql<{ checkMessage: Record<string, unknown> }>(
      `query ($v: VariantRef!) { checkMessage(variant: $v, asOf: "${AS_OF}") { __typename ... on TemplateCheck {
        valid issues { code line column } variables { attribute known hasFallback }
        missingValues { attribute missing of message } sms { encoding units segments } } } }`,
      {
        v: draft(
          'Hi {{ profile.first_name }}, {{ profile.education | default: "" }} {{ profile.household_size }} €',
          'sms',
        ),
      },
    );
    const check = response.data?.checkMessage as {
      valid: boolean;
      missingValues: { attribute: string; missing: number; of: number; message: string }[];
      sms: { encoding: string };
    };
    expect(check.valid).toBe(true);
    expect(check.missingValues.map((m) => m.attribute)).toEqual(['first_name', 'household_size']);
    const size = await api.graphql<{ segmentSize: { size: number } }>(
      `{ segmentSize(asOf: "${AS_OF}", segment: { id: "${segmentId}" }) { ... on SegmentSize { size } } }`,
    );
    const lacking = await api.graphql<{ segmentSize: { size: number } }>(
      `{ segmentSize(asOf: "${AS_OF}", segment: { rule: { and: [{ segment: { id: "${segmentId}" } },
        { attribute: { key: "household_size", op: missing } }] } }) { ... on SegmentSize { size } } }`,
    );
    const household = check.missingValues[1]!;
    expect(household.of).toBe(size.data?.segmentSize.size);
    expect(household.missing).toBe(lacking.data?.segmentSize.size);
    expect(household.message).toBe(
      `household_size missing for ${household.missing.toLocaleString('en-US')} of ${household.of.toLocaleString('en-US')}`,
    );
    expect(check.sms).toMatchObject({ encoding: 'GSM-7' });
  });

  it('reports template syntax errors at their line and column', async () => {
    const response = await api.graphql<{ checkMessage: { valid: boolean; issues: unknown[] } }>(
      `query ($v: VariantRef!) { checkMessage(variant: $v) { ... on TemplateCheck { valid issues { path code line column } } } }`,
      { v: draft('Line one\nHi {{ profile.first_name | nosuchfilter }}') },
    );
    expect(response.data?.checkMessage).toEqual({
      valid: false,
      issues: [{ path: 'variant.template', code: 'syntax_error', line: 2, column: 4 }],
    });
  });

  it('renders a sample of members side by side, up to 50', async () => {
    const response = await api.graphql<{
      previewSample: { previews: { text: string }[]; segmentSize: number };
    }>(
      `query ($v: VariantRef!) { previewSample(variant: $v, n: 3, asOf: "${AS_OF}") { __typename
        ... on MessageSample { segmentSize previews { profileId text } } } }`,
      { v: draft('Hello {{ profile.first_name | default: "there" }}') },
    );
    const sample = response.data!.previewSample;
    expect(sample.previews).toHaveLength(3);
    expect(sample.segmentSize).toBeGreaterThanOrEqual(3);
    for (const p of sample.previews) expect(p.text).toMatch(/^Hello \S+/);
    const tooMany = await api.graphql(
      `query ($v: VariantRef!) { previewSample(variant: $v, n: 51) { __typename } }`,
      { v: draft('Hi') },
    );
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'n must be an integer from 1 to 50, got 51',
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
  });
});
