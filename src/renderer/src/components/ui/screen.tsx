import { useEffect, type ReactNode } from 'react';

export interface ScreenProps {
  id: string;
  title: string;
  /** True once the screen's data is shown: sets data-ready and a performance mark for the benchmark. */
  ready: boolean;
  actions?: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
}

export function Screen({ id, title, ready, actions, subtitle, children }: ScreenProps) {
  useEffect(() => {
    if (ready) performance.mark(`tandem:ready:${id}`);
  }, [id, ready]);
  return (
    <section className="screen" data-screen={id} data-ready={ready ? 'true' : 'false'} aria-labelledby={`${id}-title`} aria-busy={!ready}>
      <header className="screen-header">
        <div>
          <h1 id={`${id}-title`}>{title}</h1>
          {subtitle ? <div className="screen-subtitle muted">{subtitle}</div> : null}
        </div>
        {actions ? <div className="screen-actions">{actions}</div> : null}
      </header>
      <div className="screen-body">{children}</div>
    </section>
  );
}
