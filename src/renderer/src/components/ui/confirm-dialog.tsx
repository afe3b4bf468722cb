import { Button } from './button';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  title: string;
  /** the question, in full: 'This entry is on invoice 2026-0007. Change it anyway?' */
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** a destructive yes (delete) shows as danger */
  danger?: boolean;
}

/** Asks before going on. Cancel is focused first, so Enter or Escape never does the risky thing by accident. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, danger = false }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      size="sm"
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
