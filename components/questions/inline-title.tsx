import { Fragment } from "react";

import { splitInlineCode } from "@/lib/questions/inline-code";
import { cn } from "@/lib/utils/cn";

/**
 * A question's title (or another line of plain text, such as a hint) with its `code` spans shown as
 * code instead of with literal backticks (issue 17). It renders inline content only, so it goes
 * inside the element that carries the title's meaning: <h1><InlineTitle>{title}</InlineTitle></h1>,
 * <Link><InlineTitle>…</InlineTitle></Link>. Where only text will do (<title>, aria-label, a
 * <select> option), use plainInlineText from lib/questions/inline-code.ts instead.
 *
 * The code keeps the surrounding colour (a link's, a heading's) on a muted tint, and may wrap
 * anywhere, so a long identifier cannot push a 360 px page sideways.
 */
export function InlineTitle({ children, codeClassName }: { children: string; codeClassName?: string }) {
  return splitInlineCode(children).map((segment, index) =>
    segment.code ? (
      <code
        key={index}
        className={cn(
          "rounded-sm bg-muted px-1 py-px font-mono text-[0.9em] [overflow-wrap:anywhere]",
          codeClassName,
        )}
      >
        {segment.text}
      </code>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}
