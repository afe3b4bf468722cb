import type { NotificationRequest } from '@shared/api';

// The browser's notifications for the web fallback. Permission is asked at most once per page
// load (the browser remembers the answer); when it is denied or missing, reminders stay silent.

let permission: Promise<NotificationPermission> | null = null;

function allowed(): Promise<NotificationPermission> {
  if (Notification.permission !== 'default') return Promise.resolve(Notification.permission);
  permission ??= Notification.requestPermission().catch((): NotificationPermission => 'denied');
  return permission;
}

export async function notifyInBrowser(request: NotificationRequest): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if ((await allowed()) !== 'granted') return false;
  new Notification(request.title, { body: request.body, tag: `tandem:${request.title}` });
  return true;
}
