/**
 * The documents area: every PDF the app writes (document kinds, letters, mail merge, the
 * protocol and the plain school-level exports), the document register and templates. It sits
 * on top of the data areas and reads from them; the renderers it offers to others are passed in
 * by createVangnetService.
 */
export { documentHandlers } from './handlers';
export { writePlainDocument } from './plain-pdf';
export { subjectAccessSources } from './subject-access-sources';
export { protocolPdf } from './protocol-pdf';
