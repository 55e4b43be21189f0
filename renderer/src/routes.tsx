import { Navigate, Route, Routes } from 'react-router';
import { DossierScreen } from './features/dossier/DossierScreen';
import { ImprovementsScreen } from './features/evaluation/ImprovementsScreen';
import { RetentionScreen } from './features/evaluation/RetentionScreen';
import { HelpScreen } from './features/help/HelpScreen';
import { IntakeScreen } from './features/intake/IntakeScreen';
import { MonitoringScreen } from './features/monitoring/MonitoringScreen';
import { OverviewScreen } from './features/overview/OverviewScreen';
import { SchoolScreen } from './features/school/SchoolScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { useSession } from './session/SessionContext';
import { LOCK_PATH } from './session/SessionProvider';
import { Layout } from './shell/Layout';

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
        <Route path="/bewaartermijn" element={<RetentionScreen />} />
        <Route path="/instellingen" element={<SettingsScreen />} />
        <Route path="/hulp/:section?" element={<HelpScreen />} />
        <Route path={LOCK_PATH} element={<ResumeAfterUnlock />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
