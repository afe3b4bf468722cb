import type { QuestionReport } from '../../domain/health-check/health-check';
import type { QuestionAnswer } from '../../domain/health-check/types';
import { hrefTo } from '../../platform/router';
import { ANSWER_BADGES, ANSWER_WORDS } from './labels';

/** One answer: the verdict, the client or project linked to where the evidence is, and the evidence. */
function AnswerRow({ answer }: { answer: QuestionAnswer }) {
  return (
    <li className="hc-answer">
      <span className={`${ANSWER_BADGES[answer.answer]} hc-answer-badge`}>{ANSWER_WORDS[answer.answer]}</span>
      <div className="hc-answer-main">
        {/* the label spells out the visible text: some engines drop the space before the styled part */}
        <a
          className="hc-answer-link"
          href={hrefTo(answer.link.screen, answer.link.id)}
          aria-label={`${answer.subjectName} · ${answer.link.label}`}
        >
          {answer.subjectName}
          <span className="hc-answer-target"> · {answer.link.label}</span>
        </a>
        <span className="hc-answer-evidence">{answer.evidence}</span>
      </div>
    </li>
  );
}

function Folded({ answers, summary, label }: { answers: readonly QuestionAnswer[]; summary: string; label: string }) {
  if (answers.length === 0) return null;
  return (
    <details className="hc-fold">
      <summary>{summary}</summary>
      <ul className="hc-answers" aria-label={label}>
        {answers.map((answer) => (
          <AnswerRow key={answer.subjectId} answer={answer} />
        ))}
      </ul>
    </details>
  );
}

/**
 * A checklist question with its answer for every client or project. The "no" answers (the
 * article's signal) are always shown; unknown and yes answers fold under disclosures, with
 * their counts in the tally, so the gaps stand out on a long page.
 */
export function QuestionCard({ report }: { report: QuestionReport }) {
  const { info, coverage } = report;
  const of = (value: QuestionAnswer['answer']) => report.answers.filter((answer) => answer.answer === value);
  const [no, unknown, yes] = [of('no'), of('unknown'), of('yes')];
  const titleId = `hc-q-${info.area}-${info.id}`;
  return (
    <article className="card hc-question" aria-labelledby={titleId} data-question={info.id}>
      <header className="hc-question-head">
        <h3 id={titleId}>{info.question}</h3>
        <p className="hc-check">{info.check}</p>
        <p className="hc-tally">
          <span className="badge badge-success">{coverage.yes} yes</span>
          <span className="badge badge-danger">{coverage.no} no</span>
          <span className="badge">{coverage.unknown} unknown</span>
        </p>
      </header>
      {no.length > 0 ? (
        <ul className="hc-answers" aria-label={`No: ${info.short}`}>
          {no.map((answer) => (
            <AnswerRow key={answer.subjectId} answer={answer} />
          ))}
        </ul>
      ) : null}
      <Folded answers={unknown} summary={`${unknown.length} unknown`} label={`Unknown: ${info.short}`} />
      <Folded
        answers={yes}
        summary={yes.length === report.answers.length ? `All ${yes.length} answered yes` : `${yes.length} answered yes`}
        label={`Yes: ${info.short}`}
      />
    </article>
  );
}
