import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { holdsNoData, loadSampleAgency } from '../../db/generator/load';
import { dayKeyOf } from '../../domain/time/day-key';
import { notify } from '../../stores/toast-store';
import { readClock } from '../../platform/clock';
import { errorText } from '@shared/error-text';

/** Fills Tandem with a realistic small agency to explore; asks first when there is data to replace. */
export function SampleAgencyPanel() {
  const [confirming, setConfirming] = useState(false);
  const [loading, setLoading] = useState(false);

  async function load(replace: boolean) {
    setConfirming(false);
    setLoading(true);
    try {
      const counts = await loadSampleAgency(db, { today: dayKeyOf(readClock()), replace });
      notify(
        `Sample agency loaded: ${counts.clients ?? 0} clients, ${counts.projects ?? 0} projects, ${(counts.timeEntries ?? 0).toLocaleString()} time entries`,
        undefined,
        'success',
      );
    } catch (error) {
      notify(`Could not load the sample agency: ${errorText(error)}`, undefined, 'error');
    } finally {
      setLoading(false);
    }
  }

  async function onLoadClick() {
    if (await holdsNoData(db)) await load(false);
    else setConfirming(true);
  }

  return (
    <section className="card sample-panel" aria-labelledby="sample-title">
      <div>
        <h2 id="sample-title">Sample agency</h2>
        <p className="muted">Eight clients, twenty projects and six months of time, tasks and plans to try Tandem with.</p>
      </div>
      <Button onClick={() => void onLoadClick()} disabled={loading}>
        {loading ? 'Loading…' : 'Load sample agency'}
      </Button>
      {confirming ? (
        <Dialog
          title="Replace your data with the sample agency?"
          size="sm"
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>Keep my data</Button>
              <Button variant="danger" onClick={() => void load(true)}>
                Replace everything
              </Button>
            </>
          }
        >
          <p>
            Tandem already holds clients, projects or time. Loading the sample agency deletes all of it, settings included. This
            cannot be undone.
          </p>
        </Dialog>
      ) : null}
    </section>
  );
}
