/** The drafts area: unsaved form contents kept in the vault across a lock. */
export { deleteDraft, draftHandlers } from './handlers';
