import { useBlockReminders } from './use-block-reminders';

/** Mounted once beside the layout, so its minute-to-minute state never re-renders the app. */
export function BlockReminders() {
  useBlockReminders();
  return null;
}
