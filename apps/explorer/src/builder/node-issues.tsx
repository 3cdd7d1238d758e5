import type { NodeIssue } from '../rule/issue-paths';

/** The API's messages about one node, where the node is. */
export function NodeIssues({
  issues,
  id,
}: {
  issues: readonly NodeIssue[] | undefined;
  id: string;
}) {
  if (!issues?.length) return null;
  return (
    <ul className="node-issues" id={`${id}-issues`} role="alert">
      {issues.map((issue, i) => (
        <li key={i}>
          {issue.field && <code>{issue.field}</code>} {issue.message}
        </li>
      ))}
    </ul>
  );
}
