import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

/** Runs a one-click write (status, archive, done toggle); a failure becomes an error toast, never an unhandled rejection. */
export async function runOrNotify(action: () => Promise<unknown>, done?: () => void): Promise<void> {
  try {
    await action();
    done?.();
  } catch (error) {
    notify(`Could not save: ${errorText(error)}`, undefined, 'error');
  }
}
