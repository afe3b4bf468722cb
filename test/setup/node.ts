// Real Dexie runs on fake-indexeddb in node tests: logic and migrations only, never timings.
import 'fake-indexeddb/auto';
import { installTestClock } from '../support/vitest-clock';

installTestClock();
