// Structured data for search engines. JSON-LD is data, not script, so it needs no CSP nonce; "<" is
// escaped so that no string in the data can close the tag.
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
