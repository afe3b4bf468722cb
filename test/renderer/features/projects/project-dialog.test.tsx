import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { ProjectsScreen } from '../../../../src/renderer/src/features/projects/projects-screen';
import { type User, renderApp, resetApp, screenReady } from '../../../support/render-app';
import { seedProjects } from './seed';

const renderList = () => renderApp(<ProjectsScreen params={[]} />).user;

async function openNewProject(user: User) {
  await screenReady('projects');
  await user.click(screen.getByRole('button', { name: 'New project' }));
  return screen.getByRole('dialog', { name: 'New project' });
}

describe('New project dialog', () => {
  beforeEach(() => resetApp());

  it('creates a project with an hours budget and the default rate, then opens it', async () => {
    const { acme } = await seedProjects();
    const user = renderList();
    const dialog = await openNewProject(user);
    const form = within(dialog);
    expect(form.getByLabelText('Default rate per hour (EUR)')).toHaveValue('100.00');
    await user.selectOptions(form.getByLabelText('Client'), acme.id);
    await user.type(form.getByLabelText('Name'), 'Brand refresh');
    await user.type(form.getByLabelText('Code'), 'brand');
    await user.type(form.getByLabelText('Budget hours'), '32h 30m');
    await user.type(form.getByLabelText('Budget amount (EUR)'), '4,000');
    await user.click(form.getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await db.projects.where('code').equals('BRAND').first();
    expect(saved).toMatchObject({
      name: 'Brand refresh',
      clientId: acme.id,
      budgetMinutes: 1_950,
      budgetAmount: 400_000,
      defaultRate: 10_000,
      status: 'planned',
    });
    expect(window.location.hash).toBe(`#/projects/${saved?.id}`);
  });

  it('shows inline messages and saves nothing while the form is invalid', async () => {
    const { acme } = await seedProjects();
    const user = renderList();
    const dialog = await openNewProject(user);
    const form = within(dialog);
    await user.click(form.getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(form.getByLabelText('Client')).toHaveAccessibleDescription('Choose a client'));
    expect(form.getByLabelText('Name')).toHaveAccessibleDescription('Name is required');

    await user.selectOptions(form.getByLabelText('Client'), acme.id);
    await user.type(form.getByLabelText('Name'), 'Second website');
    await user.type(form.getByLabelText('Code'), 'W');
    await user.type(form.getByLabelText('Budget hours'), 'lots');
    await user.click(form.getByRole('button', { name: 'Create project' }));
    expect(await form.findByText('Code must be 2–8 letters or digits')).toBeInTheDocument();
    expect(form.getByLabelText('Budget hours')).toHaveAccessibleDescription('Enter a duration like 1:30, 90m, 1.5h or 1h 30m');

    await user.clear(form.getByLabelText('Budget hours'));
    await user.clear(form.getByLabelText('Code'));
    await user.type(form.getByLabelText('Code'), 'web');
    await user.click(form.getByRole('button', { name: 'Create project' }));
    expect(await form.findByText('Code WEB is already used by “Website”')).toBeInTheDocument();
    expect(await db.projects.count()).toBe(3);
  });

  it('asks for retainer terms only for retainers', async () => {
    const { globex } = await seedProjects();
    const user = renderList();
    const form = within(await openNewProject(user));
    expect(form.queryByLabelText('Allowance hours per month')).not.toBeInTheDocument();
    await user.selectOptions(form.getByLabelText('Billing type'), 'Retainer');
    await user.selectOptions(form.getByLabelText('Client'), globex.id);
    await user.type(form.getByLabelText('Name'), 'Support');
    await user.type(form.getByLabelText('Code'), 'SUP');
    await user.click(form.getByRole('button', { name: 'Create project' }));
    expect(await form.findByText('Enter a duration, for example 1:30, 90m or 1.5h')).toBeInTheDocument();
    await user.type(form.getByLabelText('Allowance hours per month'), '20');
    await user.selectOptions(form.getByLabelText('Cycle starts on day'), '15');
    await user.click(form.getByLabelText('Roll unused hours over to the next cycle'));
    await user.click(form.getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.projects.where('code').equals('SUP').first()).toMatchObject({
      billing: 'retainer',
      retainer: { allowanceMinutesPerMonth: 1_200, rollover: true, cycleStartDay: 15 },
    });
  });

  it('points to Clients instead of opening the form when there is no client', async () => {
    const user = renderList();
    await screenReady('projects');
    await user.click(screen.getByRole('button', { name: 'New project' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Create a client first');
  });
});
