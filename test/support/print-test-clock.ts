import { describeTestClock } from './test-clock';

// globalSetup of both vitest and Playwright: each run's one line naming its instant and zone.
export default function printTestClock(): void {
  console.log(describeTestClock());
}
