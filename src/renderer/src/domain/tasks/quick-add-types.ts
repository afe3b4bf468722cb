import type { Hat } from '../model/hat';
import type { DayKey } from '../time/day-key';
import type { Minutes } from '../units/minutes';
import type { QuickAddProject, QuickAddTeammate } from './quick-add-match';

// The shapes quick add works with (see quick-add.ts for the syntax).

export type QuickAddField = 'project' | 'estimate' | 'due' | 'hat' | 'assignee';

/** The choice that keeps a questioned token as plain title text. */
export const KEEP_IN_TITLE = '__keep-in-title__';

export interface QuickAddChoice {
  value: string;
  label: string;
}

export interface QuickAddQuestion {
  /** stable while the user types elsewhere: field and token, e.g. 'project:+web' */
  key: string;
  field: 'project' | 'due' | 'assignee';
  token: string;
  message: string;
  /** the candidates, then KEEP_IN_TITLE */
  choices: QuickAddChoice[];
}

export interface Understood {
  field: QuickAddField;
  token: string;
  /** settled by the user's pick rather than by the text alone */
  picked: boolean;
}

export interface QuickAddContext {
  today: DayKey;
  projects: readonly QuickAddProject[];
  teammates: readonly QuickAddTeammate[];
}

export type QuickAddPicks = Readonly<Record<string, string>>;

export interface QuickAddResult {
  title: string;
  /** undefined: not given (the caller's current list); null: the inbox */
  projectId?: string | null;
  estimateMinutes?: Minutes;
  due?: DayKey;
  hat?: Hat;
  /** ASSIGNEE_ME or a teammate id */
  assignee?: string;
  understood: Understood[];
  /** unsettled: saving must wait until each is answered */
  questions: QuickAddQuestion[];
  /** things worth saying that do not block ('#urgent is not a hat') */
  notes: string[];
}

export type FieldValue =
  | { field: 'project'; value: string | null }
  | { field: 'estimate'; value: Minutes }
  | { field: 'due'; value: DayKey }
  | { field: 'hat'; value: Hat }
  | { field: 'assignee'; value: string };

export type Outcome =
  | { kind: 'title'; text: string; note?: string }
  | ({ kind: 'value'; token: string; picked: boolean } & FieldValue)
  | { kind: 'question'; question: QuickAddQuestion };
