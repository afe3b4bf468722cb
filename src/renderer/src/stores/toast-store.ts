import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  /** An undo (or other) action offered beside the message. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }) => number;
  dismiss: (id: number) => void;
}

/** Long enough to reach the Undo button by keyboard after a destructive action. */
export const TOAST_LIFETIME_MS = 8000;
let nextToastId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextToastId++;
    const next: Toast = { tone: 'info', ...toast, id };
    set({ toasts: [...get().toasts, next].slice(-4) });
    setTimeout(() => get().dismiss(id), TOAST_LIFETIME_MS);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

/** Shorthand for features: `notify('Saved')`, `notify('Client deleted', { label: 'Undo', run })`. */
export function notify(message: string, action?: Toast['action'], tone: Toast['tone'] = 'info'): void {
  useToastStore.getState().show(action ? { message, action, tone } : { message, tone });
}
