// Registers the screens' strings before any screen renders.
import './i18n/app';
import { Navigate, Route, Routes } from 'react-router';
import { lazyNamed } from './lazyScreen';
import { useSession } from './session/SessionContext';
import { LOCK_PATH } from './session/SessionProvider';
import { Layout } from './shell/Layout';

// Each screen is its own chunk, fetched when first shown (see lazyScreen.tsx).
const OverviewScreen = lazyNamed(() => import('./features/overview/OverviewScreen'), 'OverviewScreen');
const IntakeScreen = lazyNamed(() => import('./features/intake/IntakeScreen'), 'IntakeScreen');
const DossierScreen = lazyNamed(() => import('./features/dossier/DossierScreen'), 'DossierScreen');
const SchoolScreen = lazyNamed(() => import('./features/school/SchoolScreen'), 'SchoolScreen');
const MonitoringScreen = lazyNamed(() => import('./features/monitoring/MonitoringScreen'), 'MonitoringScreen');
const ImprovementsScreen = lazyNamed(() => import('./features/evaluation/ImprovementsScreen'), 'ImprovementsScreen');
const ProtocolScreen = lazyNamed(() => import('./features/protocol/ProtocolScreen'), 'ProtocolScreen');
const PreventionScreen = lazyNamed(() => import('./features/protocol/PreventionScreen'), 'PreventionScreen');
const RetentionScreen = lazyNamed(() => import('./features/evaluation/RetentionScreen'), 'RetentionScreen');
const SettingsScreen = lazyNamed(() => import('./features/settings/SettingsScreen'), 'SettingsScreen');
const HelpScreen = lazyNamed(() => import('./features/help/HelpScreen'), 'HelpScreen');
const ExchangeScreen = lazyNamed(() => import('./features/exchange/ExchangeScreen'), 'ExchangeScreen');
const DocumentCheckScreen = lazyNamed(() => import('./features/documents/DocumentCheckScreen'), 'DocumentCheckScreen');

/**
 * The route table of the unlocked app. Paths are Dutch (they show in nothing but are
 * remembered across a lock). A feature adds one <Route> line here and, if it belongs in
 * the navbar, one entry in shell/navItems.ts.
 */
/** Just unlocked: go back to where the user was when Vangnet locked (the path only, no data). */
function ResumeAfterUnlock() {
  const { resumePath } = useSession();
  return <Navigate to={resumePath()} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewScreen />} />
        <Route path="/dossiers/nieuw" element={<IntakeScreen />} />
        <Route path="/dossiers/:dossierId/*" element={<DossierScreen />} />
        <Route path="/school" element={<SchoolScreen />} />
        <Route path="/monitoring" element={<MonitoringScreen />} />
        <Route path="/verbeterpunten" element={<ImprovementsScreen />} />
        <Route path="/protocol" element={<ProtocolScreen />} />
        <Route path="/preventie" element={<PreventionScreen />} />
        <Route path="/bewaartermijn" element={<RetentionScreen />} />
        <Route path="/uitwisselen" element={<ExchangeScreen />} />
        <Route path="/controleren" element={<DocumentCheckScreen />} />
        <Route path="/instellingen" element={<SettingsScreen />} />
        <Route path="/hulp/:section?" element={<HelpScreen />} />
        <Route path={LOCK_PATH} element={<ResumeAfterUnlock />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
