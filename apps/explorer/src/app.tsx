import { lazy, Suspense } from 'react';
import { Link } from './router/link';
import { useLocation } from './router/router';

const SegmentBuilderScreen = lazy(() => import('./builder/segment-builder-screen'));
const SavedSegmentsScreen = lazy(() => import('./segments/saved-segments-screen'));
const OverlapScreen = lazy(() => import('./overlap/overlap-screen'));
const CampaignPlannerScreen = lazy(() => import('./campaigns/campaign-planner-screen'));
const MessageStudioScreen = lazy(() => import('./messages/message-studio-screen'));

/** The screens, in the order the navigation shows them. */
const screens = [
  { path: '/builder', label: 'Segment builder', Screen: SegmentBuilderScreen },
  { path: '/segments', label: 'Saved segments', Screen: SavedSegmentsScreen },
  { path: '/overlap', label: 'Overlap', Screen: OverlapScreen },
  { path: '/campaigns', label: 'Campaign planner', Screen: CampaignPlannerScreen },
  { path: '/messages', label: 'Message studio', Screen: MessageStudioScreen },
] as const;

/** The explorer: navigation and the screen of the current path (the builder at `/`). */
export function App() {
  const { pathname } = useLocation();
  const current = screens.find((s) => s.path === pathname) ?? screens[0];
  const { Screen } = current;
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Pinpoint</span>
        <nav aria-label="Screens">
          <ul>
            {screens.map((s) => (
              <li key={s.path}>
                <Link href={s.path} aria-current={s === current ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="app-main">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Screen />
        </Suspense>
      </main>
    </div>
  );
}
