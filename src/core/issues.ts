// Readable validation problems, without zod: elements show them while the schemas (and
// zod) load apart, on demand.
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** "path: message" lines from a schema's issues. */
export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) =>
    issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
  );
}
