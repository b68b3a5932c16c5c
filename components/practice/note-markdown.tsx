"use client";

import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

import { cn } from "@/lib/utils/cn";

import { MarkdownTable } from "@/components/questions/markdown-table";

/**
 * A user's note rendered in the browser: raw HTML in it is shown as text (react-markdown ignores
 * it), the tree is sanitised and unsafe link protocols are dropped. Loaded lazily by the notes
 * editor, so pages without a note do not download it.
 */
export default function NoteMarkdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn("prose max-w-none text-sm", className)}>
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={noteComponents}>
        {children}
      </Markdown>
    </div>
  );
}

/** Defined once, not per render, so react-markdown keeps the same table component. */
const noteComponents: Components = { table: (props) => <MarkdownTable {...props} part="your note" /> };
