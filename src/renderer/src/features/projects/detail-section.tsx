import { useId, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import type { Column } from '../../components/ui/data-table';
import { IconButton } from '../../components/ui/icon-button';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';

export interface DetailSectionProps {
  title: string;
  /** the add button's label, e.g. 'Add milestone'; without it the section is read-only */
  addLabel?: string;
  onAdd?: () => void;
  isEmpty: boolean;
  /** what to do first when the section is empty */
  emptyText: string;
  children: ReactNode;
}

/** One card of the project page: a heading, an add button, a list or a line saying what to add. */
export function DetailSection({ title, addLabel, onAdd, isEmpty, emptyText, children }: DetailSectionProps) {
  const headingId = useId();
  return (
    <section className="card projects-section" aria-labelledby={headingId}>
      <header className="projects-section-header">
        <h2 id={headingId}>{title}</h2>
        {addLabel && onAdd ? (
          <Button size="sm" onClick={onAdd}>
            <PlusIcon /> {addLabel}
          </Button>
        ) : null}
      </header>
      {isEmpty ? <p className="muted projects-section-empty">{emptyText}</p> : children}
    </section>
  );
}

interface RowActionsProps {
  /** 'milestone', 'expense'… */
  what: string;
  name: string;
  onEdit: () => void;
  onRemove: () => void;
}

/** Edit and remove buttons whose accessible names say which row they act on. */
function RowActions({ what, name, onEdit, onRemove }: RowActionsProps) {
  return (
    <div className="projects-row-actions">
      <Button variant="ghost" size="sm" onClick={onEdit}>
        Edit<span className="visually-hidden"> {`${what} “${name}”`}</span>
      </Button>
      <IconButton label={`Remove ${what} “${name}”`} icon={<TrashIcon />} onClick={onRemove} />
    </div>
  );
}

/** The last column of an editable section: Edit opens the item's dialog, remove acts at once (Undo follows). */
export function actionsColumn<Row>(
  what: string,
  nameOf: (row: Row) => string,
  onEdit: (row: Row) => void,
  onRemove: (row: Row) => Promise<void>,
): Column<Row> {
  return {
    key: 'actions',
    header: 'Actions',
    width: '120px',
    cell: (row) => <RowActions what={what} name={nameOf(row)} onEdit={() => onEdit(row)} onRemove={() => void onRemove(row)} />,
  };
}
