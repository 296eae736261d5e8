// Heavy reads (reports, exports, the audit trail) on the read replica when there is one (README "Scaling out").
// What a person just changed and reads back (orders, lists, the stream) never comes here: it reads the primary.
import { AppDeps } from '../context/request-context';

/** `deps` with the DataSource heavy reads use now (the replica, or the primary when it is down or behind). */
export function heavyReadDeps(deps: AppDeps): AppDeps {
  return deps.reads ? { ...deps, dataSource: deps.reads.current() } : deps;
}

/**
 * Runs a heavy read on the replica when there is one; a replica that fails it as unavailable is left aside and
 * the read runs again on the primary, so the reader still gets an answer.
 */
export function onReadReplica<T>(deps: AppDeps, read: (deps: AppDeps) => Promise<T>): Promise<T> {
  if (!deps.reads) return read(deps);
  return deps.reads.run((dataSource) => read({ ...deps, dataSource }));
}
