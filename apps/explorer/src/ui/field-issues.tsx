/** The API's messages about one form field, under it; `id` lets the field point at them. */
export function FieldIssues({ id, messages }: { id: string; messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <ul className="field-issues" id={id}>
      {messages.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}
