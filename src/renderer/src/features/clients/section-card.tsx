import { useId, type ReactNode } from 'react';

export interface SectionCardProps {
  title: string;
  /** A short figure beside the title (latest score, pipeline total). */
  summary?: ReactNode;
  action?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

/** One titled card of the client page; the heading names the region for screen readers. */
export function SectionCard({ title, summary, action, wide, children }: SectionCardProps) {
  const headingId = useId();
  return (
    <section className={`card client-section${wide ? ' client-section-wide' : ''}`} aria-labelledby={headingId}>
      <header className="client-section-header">
        <h2 id={headingId}>{title}</h2>
        {summary ? <div className="client-section-summary">{summary}</div> : null}
        {action ? <div className="client-section-action">{action}</div> : null}
      </header>
      {children}
    </section>
  );
}
