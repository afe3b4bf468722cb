import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProjectOptions } from '../../../../src/renderer/src/components/ui/project-options';
import type { Client } from '../../../../src/renderer/src/domain/model/client';
import type { Project } from '../../../../src/renderer/src/domain/model/project';
import { renderApp } from '../../../support/render-app';

const client = { id: 'c1', name: 'Acme' } as Client;
const web = { id: 'p1', code: 'WEB', name: 'Website' } as Project;
const old = { id: 'p2', code: 'OLD', name: 'Old site' } as Project;

function options(current?: Project) {
  renderApp(
    <select aria-label="Project" defaultValue={current?.id}>
      <ProjectOptions groups={[{ client, projects: [web] }]} current={current} />
    </select>,
    { toaster: false },
  );
  return screen.getAllByRole('option').map((option) => option.textContent);
}

describe('ProjectOptions', () => {
  it('keeps a record’s own project first when the groups no longer offer it', () => {
    expect(options(old)).toEqual(['OLD · Old site', 'WEB · Website']);
  });

  it('lists an offered current project once, in its group', () => {
    expect(options(web)).toEqual(['WEB · Website']);
  });
});
