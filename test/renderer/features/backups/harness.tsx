import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster } from '../../../../src/renderer/src/components/ui/toaster';
import { db } from '../../../../src/renderer/src/db/db';
import { BackupsScreen } from '../../../../src/renderer/src/features/backups/backups-screen';
import { useToastStore } from '../../../../src/renderer/src/stores/toast-store';

// The screen as the desktop app mounts it; the platform is faked by ./fake-platform.

export async function resetApp(): Promise<void> {
  await db.delete();
  await db.open();
  useToastStore.setState({ toasts: [] });
}

export function renderBackups() {
  const user = userEvent.setup();
  const view = render(
    <>
      <BackupsScreen />
      <Toaster />
    </>,
  );
  return { user, ...view };
}

export const encode = (text: string) => new TextEncoder().encode(text);
