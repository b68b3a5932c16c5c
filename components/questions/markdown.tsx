import rehypeShiki from "@shikijs/rehype";
import { MarkdownAsync } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

import { highlightOptions } from "@/lib/questions/code-highlight";
import { cn } from "@/lib/utils/cn";

import { MarkdownTable } from "./markdown-table";

// Markdown rendered on the server, to HTML with no client JavaScript but a table's scroll box
// (markdown-table.tsx). Raw HTML in the source is never rendered (react-markdown ignores it) and the
// tree is sanitised; only then does the trusted highlighter add its markup, so sanitising cannot
// strip the highlighting (rehype-sanitize docs).

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
