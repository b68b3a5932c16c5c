"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

import {
  autocompletion,
  closeCompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { PostgreSQL, sql } from "@codemirror/lang-sql";
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";

// The code panel's editor: CodeMirror 6 with the site's colours (the theme tokens of
// app/globals.css, so it follows light and dark with the rest of the page), SQL or Python, Ctrl/Cmd-
// Enter to run and Ctrl/Cmd-Shift-Enter to submit. Tab indents; Escape then Tab leaves the editor
// (CodeMirror's own way out of a Tab-trapping editor, said in the panel's instructions).

/** Where to mark an error: a 1-based character position (SQL) or a 1-based line (Python). */
export type ErrorMark = { message: string; position?: number | undefined; line?: number | undefined } | null;

export interface CodeEditorProps {
  language: "sql" | "python";
  initial: string;
  /** SQL completion: table name → its columns. */
  schema?: Record<string, string[]>;
  label: string;
  describedBy: string;
  errorMark: ErrorMark;
  onChange: (code: string) => void;
  onRun: () => void;
  onSubmit: () => void;
  onFocus: () => void;
}

const theme = EditorView.theme({
  "&": {
    color: "var(--color-foreground)",
    backgroundColor: "var(--color-card)",
    fontSize: "0.875rem",
    border: "1px solid var(--color-input)",
    borderRadius: "0.375rem",
  },
  "&.cm-focused": { outline: "2px solid var(--color-ring)", outlineOffset: "2px" },
  ".cm-content": {
    fontFamily: "var(--font-mono)",
    caretColor: "var(--color-foreground)",
    minHeight: "9rem",
    padding: "0.5rem 0",
  },
  ".cm-scroller": { fontFamily: "var(--font-mono)", maxHeight: "28rem" },
  ".cm-gutters": {
    backgroundColor: "var(--color-muted)",
    color: "var(--color-muted-foreground)",
    border: "none",
    borderRadius: "0.375rem 0 0 0.375rem",
  },
  ".cm-activeLine": { backgroundColor: "color-mix(in oklch, var(--color-muted) 55%, transparent)" },
  ".cm-activeLineGutter": { backgroundColor: "transparent", color: "var(--color-foreground)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "color-mix(in oklch, var(--color-primary) 28%, transparent) !important",
  },
  ".cm-cursor": { borderLeftColor: "var(--color-foreground)" },
  ".cm-tooltip": {
    backgroundColor: "var(--color-card)",
    color: "var(--color-foreground)",
    border: "1px solid var(--color-border)",
  },
  ".cm-tooltip-autocomplete ul li[aria-selected]": {
    backgroundColor: "var(--color-accent)",
    color: "var(--color-accent-foreground)",
  },
  ".cm-lintRange-error": {
    backgroundImage: "none",
    textDecoration: "underline wavy var(--color-destructive)",
  },
});

// Every colour is a theme token that passes 4.5:1 as text on the card (app/globals.css).
const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword],
    color: "var(--color-primary)",
    fontWeight: "600",
  },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--color-success)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--color-warning)" },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: "var(--color-muted-foreground)",
    fontStyle: "italic",
  },
  {
    tag: [
      tags.function(tags.variableName),
      tags.definition(tags.function(tags.variableName)),
      tags.className,
    ],
    color: "var(--color-link)",
  },
  { tag: [tags.typeName, tags.standard(tags.name)], color: "var(--color-accent-foreground)" },
]);

function diagnosticsFor(state: EditorState, mark: ErrorMark): Diagnostic[] {
  if (!mark) return [];
  const length = state.doc.length;
  if (mark.position !== undefined) {
    const from = Math.min(Math.max(0, mark.position - 1), length);
    const wordEnd = /^\w+/.exec(state.doc.sliceString(from, Math.min(length, from + 80)))?.[0].length ?? 1;
    return [{ from, to: Math.min(length, from + wordEnd), severity: "error", message: mark.message }];
  }
  if (mark.line !== undefined && mark.line >= 1 && mark.line <= state.doc.lines) {
    const line = state.doc.line(mark.line);
    return [{ from: line.from, to: line.to, severity: "error", message: mark.message }];
  }
  return [];
}

export function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The callbacks change on every render of the panel; the editor reads the latest through this,
  // updated during the commit so a key pressed as soon as a result shows reaches the new callbacks.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!host.current) return;
    // A completion list left open over the results after a run only gets in the way.
    const run = (target: EditorView) => (closeCompletion(target), latest.current.onRun(), true);
    const submit = (target: EditorView) => (closeCompletion(target), latest.current.onSubmit(), true);
    const language =
      props.language === "sql"
        ? sql({ dialect: PostgreSQL, schema: props.schema ?? {}, upperCaseKeywords: true })
        : python();
    view.current = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: props.initial,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          // No icons: their glyphs come from a font this site does not load.
          autocompletion({ icons: false, closeOnBlur: true }),
          highlightActiveLine(),
          // Long lines wrap rather than scroll sideways, which a 360 px screen cannot afford.
          EditorView.lineWrapping,
          lintGutter(),
          language,
          syntaxHighlighting(highlight),
          theme,
          keymap.of([
            { key: "Mod-Enter", run, preventDefault: true },
            { key: "Shift-Mod-Enter", run: submit, preventDefault: true },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
            indentWithTab,
          ]),
          EditorView.contentAttributes.of({
            "aria-label": props.label,
            "aria-describedby": props.describedBy,
            spellcheck: "false",
            autocapitalize: "off",
            autocorrect: "off",
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
            if (update.focusChanged && update.view.hasFocus) latest.current.onFocus();
          }),
        ],
      }),
    });
    return () => {
      view.current?.destroy();
      view.current = null;
    };
    // The editor is made once; a new question gets a new panel (keyed by its slug).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current)
      current.dispatch(setDiagnostics(current.state, diagnosticsFor(current.state, props.errorMark)));
  }, [props.errorMark]);

  return <div ref={host} className="min-w-0" />;
}
