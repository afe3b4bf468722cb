// The production renderer's one fixed origin. IndexedDB is keyed by origin, so changing any of these
// would hide every user's saved data: they never change.
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
