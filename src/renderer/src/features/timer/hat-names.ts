import type { Hat } from '../../domain/model/hat';

// Short names: the header has little room ('Production (producer)' is the long label).
export const HAT_NAMES: Record<Hat, string> = { production: 'Production', account: 'Account mgmt', project: 'Project mgmt' };
