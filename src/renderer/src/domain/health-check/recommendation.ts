import type { OverloadSignal } from './hat-hours';
import { BOTH_MARGIN, COVERED_SHARE } from './thresholds';
import type { Area, Coverage, QuestionInfo } from './types';

// A plain recommendation from where the gaps are, in the article's spirit: the checklist with
// fewer yes answers says which support comes first (its "no" answers named first); gaps on both
// sides say both roles need covering; and a producer whose management hats already crowd out
// production should hand the work on, not take more of it ("beware of simply trying to tack on
// responsibilities to someone who has a full workload").

export type Focus = 'am' | 'pm' | 'both' | 'covered' | 'nothing';

export interface AreaSummary {
  area: Area;
  coverage: Coverage;
  questions: readonly { info: QuestionInfo; coverage: Coverage }[];
}

export interface Recommendation {
  focus: Focus;
  headline: string;
  /** why, in a sentence or two */
  lead: string;
  /** the biggest gaps, one sentence each */
  gaps: string[];
  /** what the hours per hat add, when management already crowds out production */
  workload: string | null;
}

const LEAD: Record<Exclude<Focus, 'nothing'>, string> = {
  am: 'Most gaps are account-management questions, so account-management support comes first: someone who owns each relationship, keeps clients informed and looks ahead for future work while you deliver.',
  pm: 'Most gaps are project-management questions, so project-management support comes first: someone to keep timelines, tasks and budgets honest, so that what you tell clients stops being a guess.',
  both: 'There are gaps on both sides, and both roles have to be covered whatever the work. Look for someone who can balance what the client wants against what the project can take, or split the two roles.',
  covered:
    'Both checklists mostly answer yes: you are covering account and project management yourself for now. Keep the habits that make them yes.',
};

const HEADLINE: Record<Focus, string> = {
  am: 'Account management first',
  pm: 'Project management first',
  both: 'Both: account and project management',
  covered: 'Covered for now',
  nothing: 'Nothing to check yet',
};

function focusOf(am: Coverage, pm: Coverage): Focus {
  if (am.share === null && pm.share === null) return 'nothing';
  if (am.share === null) return pm.share! >= COVERED_SHARE ? 'covered' : 'pm';
  if (pm.share === null) return am.share >= COVERED_SHARE ? 'covered' : 'am';
  const amCovered = am.share >= COVERED_SHARE;
  const pmCovered = pm.share >= COVERED_SHARE;
  if (amCovered && pmCovered) return 'covered';
  if (amCovered || pmCovered) return amCovered ? 'pm' : 'am';
  if (Math.abs(am.share - pm.share) < BOTH_MARGIN) return 'both';
  return am.share < pm.share ? 'am' : 'pm';
}

const SUBJECT: Record<Area, [string, string]> = { am: ['client', 'clients'], pm: ['active project', 'active projects'] };

/** The questions with the most "no" answers (then the most unknown), biggest first, in the focus areas. */
function biggestGaps(areas: readonly AreaSummary[], limit = 3): string[] {
  return areas
    .flatMap((area) => area.questions.map((question) => ({ ...question, area: area.area })))
    .filter(({ coverage }) => coverage.yes < coverage.total)
    .sort((a, b) => b.coverage.no - a.coverage.no || b.coverage.unknown - a.coverage.unknown)
    .slice(0, limit)
    .map(({ info, coverage, area }) => {
      const [one, many] = SUBJECT[area];
      const of = `of ${coverage.total} ${coverage.total === 1 ? one : many}`;
      if (coverage.no === 0) return `${info.short}: ${coverage.unknown} ${of} unknown.`;
      const unknown = coverage.unknown > 0 ? `, ${coverage.unknown} unknown` : '';
      return `${info.short}: ${coverage.no} ${of} answer no${unknown}.`;
    });
}

export function recommend(am: AreaSummary, pm: AreaSummary, overload: OverloadSignal): Recommendation {
  const focus = focusOf(am.coverage, pm.coverage);
  if (focus === 'nothing') {
    return {
      focus,
      headline: HEADLINE.nothing,
      lead: 'The checklists are asked per client with current work and per active project. Add a client and set a project to active first.',
      gaps: [],
      workload: null,
    };
  }
  const areas = focus === 'am' ? [am] : focus === 'pm' ? [pm] : [am, pm];
  const workload =
    overload.state !== 'overloaded'
      ? null
      : focus === 'covered'
        ? `They are covered at production’s expense: ${overload.text} Handing some of it on would protect the craft work.`
        : `${overload.text} So hand this on (train someone or hire) rather than adding it to your own week.`;
  return { focus, headline: HEADLINE[focus], lead: LEAD[focus], gaps: biggestGaps(areas), workload };
}
