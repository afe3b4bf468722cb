import type { TaskListProject, TaskLists } from '../../db/queries/tasks-lists';
import { hrefTo } from '../../platform/router';

export interface TaskListNavProps {
  lists: TaskLists;
  /** null: the inbox */
  current: string | null;
}

function ListLink({
  href,
  current,
  count,
  children,
}: {
  href: string;
  current: boolean;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <li>
      <a className="side-nav-link" href={href} aria-current={current ? 'page' : undefined}>
        {children}{' '}
        <span className="tasks-nav-count num">
          {count} <span className="visually-hidden">open</span>
        </span>
      </a>
    </li>
  );
}

function ProjectLinks({
  title,
  entries,
  current,
}: {
  title: string;
  entries: readonly TaskListProject[];
  current: string | null;
}) {
  if (entries.length === 0) return null;
  return (
    <>
      <h2 className="side-nav-heading">{title}</h2>
      <ul className="side-nav-list" aria-label={title}>
        {entries.map(({ project, client, open }) => (
          <ListLink key={project.id} href={hrefTo('tasks', project.id)} current={project.id === current} count={open}>
            <span className="tasks-nav-name" title={client ? `${project.name} · ${client.name}` : project.name}>
              <span className="tasks-nav-code">{project.code}</span> {project.name}
            </span>
          </ListLink>
        ))}
      </ul>
    </>
  );
}

/** Inbox, then active projects, then planned and on-hold ones, each with its open count. */
export function TaskListNav({ lists, current }: TaskListNavProps) {
  const active = lists.projects.filter((entry) => entry.project.status === 'active');
  const waiting = lists.projects.filter((entry) => entry.project.status !== 'active');
  return (
    <nav className="side-nav tasks-nav" aria-label="Task lists">
      <ul className="side-nav-list">
        <ListLink href={hrefTo('tasks', 'inbox')} current={current === null} count={lists.inboxOpen}>
          <span className="tasks-nav-name">Inbox</span>
        </ListLink>
      </ul>
      {lists.projects.length === 0 ? (
        <p className="tasks-nav-empty muted">
          Each project you work on gets a list here. <a href={hrefTo('projects')}>Create a project</a>
        </p>
      ) : null}
      <ProjectLinks title="Active projects" entries={active} current={current} />
      <ProjectLinks title="Planned and on hold" entries={waiting} current={current} />
    </nav>
  );
}
