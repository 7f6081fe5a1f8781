/** One thing wrong with the seeds, located so that a curator can find and fix it. */
export interface SeedProblem {
  /** Seed file path relative to the repository, or the document file. */
  file: string;
  /** The record: `entities[3] framework-ipef` or `relations[12] a--TYPE--b`. */
  record: string;
  message: string;
}

export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.message}`;
}
