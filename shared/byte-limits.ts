// File size limits, kept apart from the schemas that use them so the browser host can check a
// request body's size before it loads the API contract (which is most of its start-up).

/** Largest file the renderer may hand over or receive through a host method. */
export const HOST_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** Packs carry photos; this keeps a pack small enough to e-mail and to read in one piece (and
 * matches the largest file the hosts open or save). */
export const LIBRARY_PACK_MAX_BYTES = HOST_FILE_MAX_BYTES;
