import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/api';
import { platform } from '../../platform/platform';

/**
 * Settings → Diagnostics: which Tandem this is and, in the desktop app, where main writes its error
 * log, so a person reporting a problem knows what to attach. The browser build keeps no log file.
 */
export function DiagnosticsSection() {
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let current = true;
    platform.getAppInfo().then(
      (answer) => {
        if (current) setInfo(answer);
      },
      // Without an answer the section says nothing rather than something wrong.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="card settings-card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostics</h2>
      {info === null ? null : (
        <>
          <p className="muted">
            {info.name} {info.version}
          </p>
          {info.logFile ? (
            <p>
              Errors are written to <code className="diagnostics-path">{info.logFile}</code>. The log holds no records and no
              passwords: attach it when you report a problem.
            </p>
          ) : (
            <p className="muted">The error log is kept by the desktop app; it is not available in the browser.</p>
          )}
        </>
      )}
    </section>
  );
}
