import type { AreaReport } from '../../domain/health-check/health-check';
import { percentText } from './labels';
import { QuestionCard } from './question-card';

const AREA_TEXT = {
  am: {
    title: 'Account management',
    subjects: (n: number) => `${n} ${n === 1 ? 'client' : 'clients'} with current work`,
    empty: 'No client has a planned, active or on-hold project yet. Add a project to a client to check its account management.',
  },
  pm: {
    title: 'Project management',
    subjects: (n: number) => `${n} active ${n === 1 ? 'project' : 'projects'}`,
    empty: 'No active project yet. Set a project to active on Projects to check its project management.',
  },
} as const;

/** One checklist (account or project management): its coverage and every question's answers. */
export function AreaSection({ report }: { report: AreaReport }) {
  const text = AREA_TEXT[report.area];
  const { coverage } = report;
  const titleId = `hc-area-${report.area}`;
  return (
    <section className="hc-area" aria-labelledby={titleId} data-area={report.area}>
      <header className="hc-area-head">
        <h2 id={titleId}>{text.title}</h2>
        <p className="muted">
          <strong className="hc-area-coverage">{percentText(coverage.share)} covered</strong> · {coverage.yes} of {coverage.total}{' '}
          answers yes · {text.subjects(report.subjects)}
        </p>
      </header>
      {report.subjects === 0 ? (
        <p className="muted hc-area-empty">{text.empty}</p>
      ) : (
        <div className="hc-questions">
          {report.questions.map((question) => (
            <QuestionCard key={question.info.id} report={question} />
          ))}
        </div>
      )}
    </section>
  );
}
