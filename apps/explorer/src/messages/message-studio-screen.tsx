import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { SavedCampaign } from '../campaigns/saved-campaigns';
import { useCatalog } from '../catalog/use-catalog';
import type { Channel } from '../gql/graphql';
import { SegmentsQuery } from '../segments/segment-queries';
import { useDebounced } from '../ui/use-debounced';
import { CampaignVariantsPanel } from './campaign-variants-panel';
import { CheckMessageQuery } from './message-queries';
import { newVariant, toVariantInput, type VariantDraft } from './message-variant';
import { ProfilePreview } from './profile-preview';
import { SampleGrid } from './sample-grid';
import { TemplateCheckPanel } from './template-check-panel';
import { TemplateEditor } from './template-editor';
import { TransparencyNoticePanel } from './transparency-notice-panel';

/** Writes message variants per segment as Liquid templates, checked and previewed on real profiles. */
export default function MessageStudioScreen() {
  const { catalog } = useCatalog();
  const [{ data: saved }] = useQuery({ query: SegmentsQuery, variables: {} });
  const segments = saved?.segments ?? [];
  const [variants, setVariants] = useState<VariantDraft[]>([]);
  const [active, setActive] = useState(0);
  /** The saved campaign the variants belong to, once one is opened. */
  const [campaign, setCampaign] = useState<SavedCampaign | null>(null);
  const firstSegment = segments[0]?.id;

  useEffect(() => {
    if (firstSegment && variants.length === 0) setVariants([newVariant(0, firstSegment)]);
  }, [firstSegment, variants.length]);

  const variant = variants[active];
  const input = useDebounced(variant ? JSON.stringify(toVariantInput(variant)) : null, 250);
  const variantInput = input ? (JSON.parse(input) as ReturnType<typeof toVariantInput>) : null;
  const [{ data: checked }] = useQuery({
    query: CheckMessageQuery,
    variables: { variant: variantInput ?? { id: '', name: '', segmentId: '', template: '' } },
    pause: !variantInput,
  });

  if (!catalog || !variant) return <p className="loading">Loading…</p>;
  const update = (patch: Partial<VariantDraft>) =>
    setVariants(variants.map((v, i) => (i === active ? { ...v, ...patch } : v)));
  const check = checked?.checkMessage;
  const issues =
    check?.__typename === 'TemplateCheck'
      ? check.issues.map((i) => ({ message: i.message, line: i.line, column: i.column }))
      : (check?.issues.map((i) => ({
          message: `${i.path}: ${i.message}`,
          line: null,
          column: null,
        })) ?? []);
  const renderable =
    check?.__typename === 'TemplateCheck' && check.issues.every((i) => i.line === null);

  return (
    <section className="screen" aria-labelledby="studio-heading">
      <div className="screen-title">
        <h1 id="studio-heading">Message studio</h1>
      </div>
      <div className="split">
        <div className="panel variant-list">
          <h2>Variants</h2>
          <ul className="checklist" aria-label="Variants">
            {variants.map((v, i) => (
              <li key={v.id}>
                <button
                  type="button"
                  aria-pressed={i === active}
                  className={i === active ? 'selected' : ''}
                  onClick={() => setActive(i)}
                >
                  {v.name} · {segments.find((s) => s.id === v.segmentId)?.name ?? '—'}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              setVariants([...variants, newVariant(variants.length, variant.segmentId)]);
              setActive(variants.length);
            }}
          >
            + Variant
          </button>
          <CampaignVariantsPanel
            campaign={campaign}
            variants={variants}
            onOpen={(opened) => {
              setCampaign(opened);
              if (opened.variants.length) {
                setVariants(opened.variants.map((v) => ({ ...v, subject: v.subject ?? '' })));
                setActive(0);
              }
            }}
          />
        </div>
        <div className="planner-main">
          <div className="panel form-grid variant-form">
            <label>
              Name
              <input
                type="text"
                value={variant.name}
                onChange={(e) => update({ name: e.target.value })}
              />
            </label>
            <label>
              Segment
              <select
                aria-label="Segment"
                value={variant.segmentId}
                onChange={(e) => update({ segmentId: e.target.value })}
              >
                {segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Channel
              <select
                aria-label="Channel"
                value={variant.channel ?? ''}
                onChange={(e) => update({ channel: (e.target.value || null) as Channel | null })}
              >
                <option value="">all channels</option>
                {catalog.channels.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            {variant.channel === 'email' && (
              <label>
                Subject
                <input
                  type="text"
                  value={variant.subject}
                  onChange={(e) => update({ subject: e.target.value })}
                />
              </label>
            )}
            <TemplateEditor
              label="Message (Liquid)"
              value={variant.template}
              onChange={(template) => update({ template })}
              issues={issues}
              attributes={catalog.attributes}
            />
            {check?.__typename === 'TemplateCheck' && <TemplateCheckPanel check={check} />}
          </div>
          {campaign && (
            <TransparencyNoticePanel
              campaignId={campaign.id}
              variantId={variant.id}
              segmentId={variant.segmentId}
            />
          )}
          {variantInput && renderable && (
            <>
              <ProfilePreview variant={variantInput} />
              <SampleGrid variant={variantInput} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
