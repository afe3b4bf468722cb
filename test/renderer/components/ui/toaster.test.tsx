import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../../../src/renderer/src/components/ui/toaster';
import { notify, useToastStore } from '../../../../src/renderer/src/stores/toast-store';
import { renderApp } from '../../../support/render-app';

describe('Toaster', () => {
  it('offers Undo as a real button that runs once and dismisses the toast', async () => {
    const undo = vi.fn();
    const { user } = renderApp(<Toaster />, { toaster: false });
    act(() => notify('Client moved to trash', { label: 'Undo', run: undo }));
    expect(screen.getByRole('status')).toHaveTextContent('Client moved to trash');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Client moved to trash')).not.toBeInTheDocument();
  });

  it('dismisses a toast by itself after its lifetime', () => {
    vi.useFakeTimers();
    try {
      renderApp(<Toaster />, { toaster: false });
      act(() => notify('Saved'));
      expect(screen.getByText('Saved')).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(10_000);
      });
      expect(useToastStore.getState().toasts).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
