import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { listClientDrafts, listUpdateClients } from '../../db/queries/updates-drafts';
import { hrefTo } from '../../platform/router';
import { DraftEditor } from './draft-editor';
import { DraftList } from './draft-list';
import { GenerateBar } from './generate-bar';
import './updates.css';

/**
 * '#/updates' opens the first client's newest update; '#/updates/<clientId>' that client's;
 * '#/updates/<clientId>/<draftId>' one update.
 */
export function UpdatesScreen({ params }: { params: string[] }) {
  const clients = useLiveQuery(() => listUpdateClients(db), [], undefined);
  const clientId = params[0] ?? clients?.[0]?.id;
  // tagged with the client they belong to, so another client's list never shows while loading
  const drafts = useLiveQuery(async () => ({ clientId, list: clientId ? await listClientDrafts(db, clientId) : [] }), [clientId], undefined);
  const list = drafts?.clientId === clientId ? drafts?.list : undefined;
  const client = clients?.find((candidate) => candidate.id === clientId);
  const selected = list?.find((draft) => draft.id === params[1]) ?? (params[1] ? undefined : list?.[0]);
  const ready = clients !== undefined && list !== undefined;

  return (
    <Screen id="updates" title="Client updates" subtitle="Drafted from the work that actually happened: edit, check the jargon, send." ready={ready}>
      {!ready ? null : clients.length === 0 ? (
        <EmptyState title="No clients yet" action={<a className="btn btn-primary" href={hrefTo('clients')}>Go to Clients</a>}>
          Updates are written to a client about their projects. Add a client and a project first.
        </EmptyState>
      ) : !client || !clientId ? (
        <EmptyState title="This client is not here any more" action={<a className="btn" href={hrefTo('updates')}>Show the first client</a>}>
          It may have been archived or moved to the trash.
        </EmptyState>
      ) : (
        <>
          <GenerateBar clients={clients} clientId={clientId} />
          <div className="updates-layout">
            <DraftList clientName={client.name} drafts={list} selectedId={selected?.id} />
            {selected ? (
              <DraftEditor key={selected.id} draft={selected} />
            ) : (
              <EmptyState title={params[1] ? 'This update is not here any more' : `No updates for ${client.name} yet`}>
                Choose the period above and press <strong>Generate draft</strong>: Tandem writes what was done, what is next, hours and budget, risks and the decisions the client owes.
              </EmptyState>
            )}
          </div>
        </>
      )}
    </Screen>
  );
}
