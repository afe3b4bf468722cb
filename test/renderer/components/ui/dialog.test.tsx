import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../../../src/renderer/src/components/ui/dialog';
import { renderApp } from '../../../support/render-app';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <Dialog title="Edit client" onClose={() => setOpen(false)} footer={<button type="button">Save</button>}>
          <input aria-label="Name" />
        </Dialog>
      ) : null}
    </>
  );
}

describe('Dialog', () => {
  it('moves focus in, keeps Tab inside, closes on Escape and returns focus to the opener', async () => {
    const { user } = renderApp(<Harness />, { toaster: false });
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Edit client' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('shows the error it is given under its content, as an alert, and none without one', () => {
    const { rerender } = renderApp(
      <Dialog title="Void invoice 2026-0003?" onClose={() => undefined}>
        <p>Nothing will be owed on it.</p>
      </Dialog>,
      { toaster: false },
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    rerender(
      <Dialog title="Void invoice 2026-0003?" onClose={() => undefined} error="The invoice changed meanwhile.">
        <p>Nothing will be owed on it.</p>
      </Dialog>,
    );
    expect(screen.getByRole('dialog')).toContainElement(screen.getByRole('alert'));
    expect(screen.getByRole('alert')).toHaveTextContent('The invoice changed meanwhile.');
  });
});
