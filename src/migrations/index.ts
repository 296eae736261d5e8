// Every migration, in order. Listed explicitly: no glob, so the compiled and the TypeScript runs agree.
import { InitialSchema1764115200000 } from './1764115200000-InitialSchema';

export const migrations = [InitialSchema1764115200000];
