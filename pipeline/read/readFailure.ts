/** Turning an I/O error into the user's problem. */
import { KarteError } from '../shared/issues.js';

/**
 * A read error as KarteError E_FILE_UNREADABLE naming the file and the system's error code
 * (EACCES, EISDIR, …); a KarteError raised while reading is passed on as it is.
 */
export function readFailure(error: unknown, file: string): KarteError {
  if (error instanceof KarteError) return error;
  const detail = (error as NodeJS.ErrnoException).code ?? String((error as Error).message);
  return new KarteError({ code: 'E_FILE_UNREADABLE', file, detail });
}
