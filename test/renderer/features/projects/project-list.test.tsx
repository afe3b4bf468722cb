import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { ProjectsScreen } from '../../../../src/renderer/src/features/projects/projects-screen';
import { renderApp, resetApp, screenReady } from '../../../support/render-app';
import { seedProjects } from './seed';

const codesShown = () =>
  within(screen.getByRole('table', { name: 'Projects' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('Projects list', () => {
  beforeEach(() => resetApp());

  it('says to create a client first when there is none, linking to Clients', async () => {
    renderApp(<ProjectsScreen params={[]} />);
    await screenReady('projects');
    expect(screen.getByRole('heading', { name: 'Create a client first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Clients' })).toHaveAttribute('href', '#/clients');
  });

  it('shows active and planned projects by default and filters by client and status', async () => {
    const { web, acme } = await seedProjects();
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    await projectsRepo(db).createExpense({ projectId: web.id, day: '2026-03-03', amount: 2_500 });
    const { user } = renderApp(<ProjectsScreen params={[]} />);
    await screenReady('projects');
    expect(codesShown()).toEqual(['ADS', 'WEB']);
    const webRow = screen.getByRole('row', { name: /WEB/ });
    // 90 minutes at the project's 120.00/h plus a 25.00 expense
    expect(within(webRow).getByText('€205.00')).toBeInTheDocument();
    expect(within(webRow).getByText('1h 30m')).toBeInTheDocument();
    expect(within(webRow).getByText('40h')).toBeInTheDocument();
    expect(within(webRow).getByText('Time and materials')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Client'), acme.id);
    await waitFor(() => expect(codesShown()).toEqual(['WEB']));
    await user.selectOptions(screen.getByLabelText('Status'), 'Done');
    await waitFor(() => expect(codesShown()).toEqual(['OLD']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(codesShown()).toEqual(['ADS', 'WEB']));
  });

  it('hides archived projects unless asked and opens a project from its row', async () => {
    const { web } = await seedProjects();
    await projectsRepo(db).setArchived(web.id, true);
    const { user } = renderApp(<ProjectsScreen params={[]} />);
    await screenReady('projects');
    expect(codesShown()).toEqual(['ADS']);
    await user.click(screen.getByLabelText('Show archived'));
    await waitFor(() => expect(codesShown()).toEqual(['ADS', 'WEB']));
    screen.getByRole('row', { name: /WEB/ }).focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe(`#/projects/${web.id}`);
  });
});
