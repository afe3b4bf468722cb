import { formatMinutes } from '../../domain/format/format-duration';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { projectSchema } from '../../domain/model/project';
import type { BillingType, Project, ProjectInput, ProjectStatus } from '../../domain/model/project';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { formReader, wholeNumber } from '../../domain/parse/form-reader';

// The project form works on text (what the user typed); these convert to and from stored units.

export interface ProjectFormValues {
  clientId: string;
  name: string;
  code: string;
  billing: BillingType;
  status: ProjectStatus;
  budgetHours: string;
  budgetAmount: string;
  defaultRate: string;
  startDay: string;
  endDay: string;
  allowanceHours: string;
  rollover: boolean;
  cycleStartDay: string;
}

const minutesText = (minutes: number | undefined) => (minutes === undefined ? '' : formatMinutes(minutes));
const moneyText = (minor: number | undefined, currency: CurrencyCode) =>
  minor === undefined ? '' : moneyToDecimalText(money(minor, currency));

/** A new project: planned, time and materials, the settings' default rate. */
export function newProjectValues(clientId: string, defaultRate: number, currency: CurrencyCode): ProjectFormValues {
  return {
    clientId,
    name: '',
    code: '',
    billing: 'time_and_materials',
    status: 'planned',
    budgetHours: '',
    budgetAmount: '',
    defaultRate: moneyText(defaultRate, currency),
    startDay: '',
    endDay: '',
    allowanceHours: '',
    rollover: false,
    cycleStartDay: '1',
  };
}

export function projectValues(project: Project, currency: CurrencyCode): ProjectFormValues {
  return {
    clientId: project.clientId,
    name: project.name,
    code: project.code,
    billing: project.billing,
    status: project.status,
    budgetHours: minutesText(project.budgetMinutes),
    budgetAmount: moneyText(project.budgetAmount, currency),
    defaultRate: moneyText(project.defaultRate, currency),
    startDay: project.startDay ?? '',
    endDay: project.endDay ?? '',
    allowanceHours: minutesText(project.retainer?.allowanceMinutesPerMonth),
    rollover: project.retainer?.rollover ?? false,
    cycleStartDay: String(project.retainer?.cycleStartDay ?? 1),
  };
}

/**
 * The repository input for the form, amounts in `currency` (the chosen client's). Throws a
 * ValidationError when hours or amounts cannot be read; the repository checks the rest.
 * Retainer terms are kept only for retainers, so switching billing away drops them.
 */
export function projectInputOf(values: ProjectFormValues, currency: CurrencyCode): Omit<ProjectInput, 'id'> {
  const read = formReader(currency);
  const retainer =
    values.billing === 'retainer'
      ? {
          // 0 only stands in when the text did not parse: finish() then throws the parse message
          allowanceMinutesPerMonth:
            read.minutes('retainer.allowanceMinutesPerMonth', values.allowanceHours, { required: true }) ?? 0,
          rollover: values.rollover,
          cycleStartDay: wholeNumber(values.cycleStartDay),
        }
      : undefined;
  const input: Omit<ProjectInput, 'id'> = {
    clientId: values.clientId,
    name: values.name,
    code: values.code,
    billing: values.billing,
    status: values.status,
    budgetMinutes: read.minutes('budgetMinutes', values.budgetHours),
    budgetAmount: read.money('budgetAmount', values.budgetAmount),
    defaultRate: read.money('defaultRate', values.defaultRate),
    startDay: read.day('startDay', values.startDay),
    endDay: read.day('endDay', values.endDay),
    retainer,
  };
  read.finish(projectSchema, input);
  return input;
}
