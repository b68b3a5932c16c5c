import rehypeShiki, { type RehypeShikiOptions } from "@shikijs/rehype";
import { MarkdownAsync } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

import { cn } from "@/lib/utils/cn";

import { MarkdownTable } from "./markdown-table";

// Markdown rendered on the server, to HTML with no client JavaScript but a table's scroll box
// (markdown-table.tsx). Raw HTML in the source is never rendered (react-markdown ignores it) and the
// tree is sanitised; only then does the trusted highlighter add its markup, so sanitising cannot
// strip the highlighting (rehype-sanitize docs).
const highlightOptions: RehypeShikiOptions = {
  themes: { light: "github-light", dark: "github-dark-default" },
  // Colours as CSS variables for both themes; app/globals.css picks one by the page's theme.
  defaultColor: false,
  // github-light's orange (parameters, some keywords) is 3.5:1 on white, under WCAG AA's 4.5:1.
  colorReplacements: { "github-light": { "#e36209": "#a64d00" } },
  langs: ["python", "sql", "csv", "bash", "yaml", "json", "cpp", "javascript", "typescript"],
  fallbackLanguage: "text",
};

export async function Markdown({
  children,
  part,
  className,
}: {
  children: string;
  /** What this text is on the page ("the model answer"): its tables' scroll boxes are named by it. */
  part: string;
  className?: string;
}) {
  return (
    <div className={cn("prose max-w-none", className)}>
      {await MarkdownAsync({
        children,
        remarkPlugins: [remarkGfm],
        rehypePlugins: [rehypeSanitize, [rehypeShiki, highlightOptions]],
        components: { table: (props) => <MarkdownTable {...props} part={part} /> },
      })}
    </div>
  );
}
