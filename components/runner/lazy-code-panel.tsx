"use client";

import dynamic from "next/dynamic";

// The code panel as pages use it: its chunk (the panel, the checker, the results) is loaded only
// by a page that renders one, so a concept question's page carries none of it. It still renders on
// the server, heading and tables included; the editor and the runtimes load later still.
export const LazyCodePanel = dynamic(() => import("./code-panel").then((m) => m.CodePanel));
