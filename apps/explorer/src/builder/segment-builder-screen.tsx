import { lazy, Suspense, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { useCatalog } from '../catalog/use-catalog';
import { useLocation } from '../router/router';
import { issuesByNode } from '../rule/issue-paths';
import { SegmentsQuery } from '../segments/segment-queries';
import { BuilderContext, type BuilderContextValue } from './builder-context';
import { GroupView } from './group-view';
import { SaveSegmentForm } from './save-segment-form';
import { SizePanel } from './size-panel';
import { UndoRedo } from './undo-redo';
import { useBuilderState } from './use-builder-state';
import { useLiveSize } from './use-live-size';
import { useSubtreeSizes } from './use-subtree-sizes';

const CompositionPanel = lazy(() => import('../composition/composition-panel'));

const isTextField = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox'));

/** The segment builder: the rule tree on the left, live size, saving and composition on the right. */
export default function SegmentBuilderScreen() {
  const { catalog, error } = useCatalog();
  const [{ data: saved }] = useQuery({ query: SegmentsQuery, variables: {} });
  const { search } = useLocation();
  const [state, dispatch, rule] = useBuilderState();
  const live = useLiveSize(rule, state.root.children.length === 0);
  const subtreeSizes = useSubtreeSizes(state.root);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const dragging = useRef<string | null>(null);
  const issues = useMemo(() => issuesByNode(state.root, live.issues), [state.root, live.issues]);
  const segments = useMemo(
    () => saved?.segments.map(({ id, name }) => ({ id, name })) ?? [],
    [saved],
  );
  const segmentId = search.get('segment');

  if (error) return <p role="alert">Could not load the catalog: {error}</p>;
  if (!catalog) return <p className="loading">Loading the catalog…</p>;

  const context: BuilderContextValue = {
    dispatch,
    catalog,
    segments,
    issues,
    rootId: state.root.id,
    subtreeSizes,
    draggedId,
    setDraggedId,
    dragging,
    dropTarget,
    setDropTarget,
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      dispatch({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
    }
  };

  return (
    <BuilderContext.Provider value={context}>
      <div className="builder-layout" onKeyDown={onKeyDown}>
        <section className="builder-tree" aria-labelledby="builder-heading">
          <div className="screen-title">
            <h1 id="builder-heading">Segment builder</h1>
            <UndoRedo
              canUndo={state.past.length > 0}
              canRedo={state.future.length > 0}
              dispatch={dispatch}
            />
          </div>
          <GroupView group={state.root} depth={0} />
        </section>
        <aside className="builder-side">
          <SizePanel live={live} />
          <SaveSegmentForm rule={rule} segmentId={segmentId} canSave={live.status === 'fresh'} />
          {live.size !== null && (
            <Suspense fallback={<p className="loading">Loading the composition…</p>}>
              <CompositionPanel rule={rule} />
            </Suspense>
          )}
        </aside>
      </div>
    </BuilderContext.Provider>
  );
}
