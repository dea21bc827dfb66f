export { startPreviewServer, isLoopback, type PreviewServer, type PreviewServerOptions } from './preview-server.js';
export { createBuildEventHub, failureReport, type BuildEvent, type BuildEventHub, type FailureReport } from './build-events.js';
export { injectLiveReload, amendPolicy, CLIENT_SCRIPT, EVENTS_PATH } from './live-reload.js';
export { resolveRequest, contentType, listPages, type Resolved } from './static-files.js';
