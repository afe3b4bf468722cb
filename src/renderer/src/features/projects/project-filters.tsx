import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import type { Client } from '../../domain/model/client';
import { STATUS_LABELS } from './labels';
import { isDefaultFilters, useProjectFilters } from './use-project-filters';
import type { StatusFilter } from './use-project-filters';

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Active and planned' },
  { value: 'active', label: STATUS_LABELS.active },
  { value: 'planned', label: STATUS_LABELS.planned },
  { value: 'on_hold', label: STATUS_LABELS.on_hold },
  { value: 'done', label: STATUS_LABELS.done },
  { value: 'all', label: 'Any status' },
];

function isStatusFilter(value: string): value is StatusFilter {
  return STATUS_OPTIONS.some((option) => option.value === value);
}

export function ProjectFilters({ clients }: { clients: readonly Client[] }) {
  const id = useId();
  const filters = useProjectFilters();
  return (
    <div className="toolbar projects-filters" role="group" aria-label="Filter projects">
      <SelectField
        id={`${id}-client`}
        label="Client"
        options={[{ value: '', label: 'All clients' }, ...clients.map((client) => ({ value: client.id, label: client.name }))]}
        value={filters.clientId}
        onChange={(event) => filters.setFilters({ clientId: event.target.value })}
      />
      <SelectField
        id={`${id}-status`}
        label="Status"
        options={STATUS_OPTIONS}
        value={filters.status}
        onChange={(event) => {
          const status = event.target.value;
          if (isStatusFilter(status)) filters.setFilters({ status });
        }}
      />
      <Checkbox
        id={`${id}-archived`}
        className="projects-filter-check"
        label="Show archived"
        checked={filters.showArchived}
        onChange={(event) => filters.setFilters({ showArchived: event.target.checked })}
      />
      {isDefaultFilters(filters) ? null : (
        <Button variant="ghost" size="sm" onClick={filters.reset}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
