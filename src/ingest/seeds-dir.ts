import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/project-root';

/** Where the curated seed files and the source documents live: the repository's seeds/. */
export const DEFAULT_SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
