/** A problem found in the seed: which file, which record, which field, and why. */
export type Problem = { file: string; id: string; field: string; reason: string };

export function formatProblem(p: Problem): string {
  return `${p.file} ${p.id} ${p.field}: ${p.reason}`;
}

/** Thrown when the seed does not verify; carries every problem, not just the first. */
export class SeedError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `seed does not verify (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'SeedError';
  }
}
