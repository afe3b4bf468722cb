import { useLiveQuery } from 'dexie-react-hooks';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { getSettings } from '../../db/queries/singletons';
import { CalendarFeedsSection } from './calendar-feeds-section';
import { CostRatesSection } from './cost-rates-section';
import { DevicePersonSection } from './device-person-section';
import { DiagnosticsSection } from './diagnostics-section';
import { GlossaryPanel } from './glossary-panel';
import { InvoiceSettingsSection } from './invoice-settings-section';
import { SampleAgencyPanel } from './sample-agency-panel';
import { SettingsForm } from './settings-form';
import { SyncSection } from './sync-section';
import { TeamSection } from './team-section';
import './settings.css';

export function SettingsScreen() {
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  return (
    <Screen
      id="settings"
      title="Settings"
      subtitle="Your workspace: how time, money and focus are counted."
      ready={settings !== undefined}
    >
      {settings ? <SettingsForm settings={settings} /> : null}
      {settings ? <InvoiceSettingsSection settings={settings} /> : null}
      {settings ? <TeamSection settings={settings} /> : null}
      {settings ? <CostRatesSection settings={settings} /> : null}
      {settings ? <GlossaryPanel settings={settings} /> : null}
      <CalendarFeedsSection />
      <DevicePersonSection />
      <SyncSection />
      <SampleAgencyPanel />
      <DiagnosticsSection />
    </Screen>
  );
}
