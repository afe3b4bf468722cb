import { useLiveQuery } from 'dexie-react-hooks';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { listTrash } from '../../db/trash/list-trash';
import { BackupsSection } from './backups-section';
import { CsvExportSection } from './csv-export-section';
import { CsvImportSection } from './csv-import-section';
import { RestoreDialog } from './restore-dialog';
import { TrashSection } from './trash-section';
import { useBackupList } from './use-backup-list';
import { useRestore } from './use-restore';
import { WholeDataSection } from './whole-data-section';
import './backups.css';

/** Data & backups: backups and restore, everything in one file, CSV in and out, and the trash. */
export function BackupsScreen() {
  const { backups, refresh } = useBackupList();
  const trash = useLiveQuery(() => listTrash(db), [], undefined);
  const restore = useRestore(() => void refresh());
  const restoring = restore.state.step !== 'idle';
  const ready = backups !== undefined && trash !== undefined;
  return (
    <Screen id="backups" title="Data & backups" ready={ready} subtitle="Your data stays on this computer. Back it up, bring history in, take it out.">
      {ready ? (
        <div className="data-sections">
          <BackupsSection backups={backups} restoring={restoring} refresh={refresh} onRestore={(title, bytes) => void restore.open(title, bytes)} />
          <div className="data-column">
            <CsvImportSection />
            <WholeDataSection restoring={restoring} onImport={(title, bytes) => void restore.open(title, bytes)} />
          </div>
          <div className="data-column">
            <CsvExportSection />
          </div>
          <TrashSection items={trash} />
        </div>
      ) : null}
      <RestoreDialog state={restore.state} onConfirm={() => void restore.confirm()} onClose={restore.close} />
    </Screen>
  );
}
