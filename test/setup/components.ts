import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installTestClock } from '../support/vitest-clock';

afterEach(() => cleanup());
installTestClock();

// findBy*/waitFor give up after 1 s by default: a shared 2-core machine running the suites in
// parallel has exceeded that while the UI was correct (5 s too, for a screen's first render of a
// file while the sweep ran beside an end-to-end run). The wait is a bound, not a measurement.
configure({ asyncUtilTimeout: 10_000 });
