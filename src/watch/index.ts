export { watchProject, type Rebuild, type BuiltEdition, type FailedBuild, type WatchOptions, type ProjectWatch } from './watch-project.js';
export { createRebuildScheduler, systemClock, type Clock, type RebuildScheduler, type SchedulerOptions } from './rebuild-scheduler.js';
export { watchScope, type WatchScope } from './watch-scope.js';
export { subscribeFiles, type FileEvent, type FileEventKind, type FileEventSource, type SubscribeFiles } from './file-events.js';
