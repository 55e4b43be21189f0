/** The session area: creating, unlocking, locking, backing up and restoring the vault. */
export { sessionHandlers } from './handlers';
export { watchScreenLock, type ScreenLockWatch, type ScreenLockWatchOptions } from './screen-lock';
