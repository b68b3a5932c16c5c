// What-if for Lighthouse's simulated metrics (`npm run lighthouse:replay`). Lighthouse computes its
// mobile numbers by simulating slow 4G and a slow CPU over one recorded page load; its audit-only
// mode recomputes them from a saved recording. Editing the recording's network log first (a request
// taken out, a response made smaller) says what that request or those bytes cost in the simulated
// FCP and LCP, free of the run-to-run noise of loading the page again (issue 18).

/** One entry of the DevTools protocol log Lighthouse saves (defaultPass.devtoolslog.json). */
export interface DevtoolsLogEntry {
  method: string;
  params: Record<string, unknown>;
}

export interface NetworkEdits {
  /** Requests whose URL matches are taken out of the load. */
  drop?: RegExp;
  /** Responses whose URL matches the pattern are sent with their bytes times the factor. */
  scale?: readonly (readonly [RegExp, number])[];
}

const SIZE_FIELDS: Record<string, readonly string[]> = {
  "Network.dataReceived": ["encodedDataLength", "dataLength"],
  "Network.loadingFinished": ["encodedDataLength"],
};

/** The log with the edits made; entries that are not about a request pass through unchanged. */
export function editNetworkLog(log: readonly DevtoolsLogEntry[], edits: NetworkEdits): DevtoolsLogEntry[] {
  const urls = new Map<unknown, string>();
  for (const entry of log) {
    if (entry.method !== "Network.requestWillBeSent") continue;
    const request = entry.params.request as { url?: unknown } | undefined;
    if (typeof request?.url === "string") urls.set(entry.params.requestId, request.url);
  }
  const edited: DevtoolsLogEntry[] = [];
  for (const entry of log) {
    const url = urls.get(entry.params?.requestId);
    if (url === undefined) {
      edited.push(entry);
      continue;
    }
    if (edits.drop?.test(url)) continue;
    const factor = (edits.scale ?? []).find(([pattern]) => pattern.test(url))?.[1];
    const fields = SIZE_FIELDS[entry.method];
    if (factor === undefined || !fields) {
      edited.push(entry);
      continue;
    }
    const params = { ...entry.params };
    for (const field of fields) {
      const bytes = params[field];
      if (typeof bytes === "number") params[field] = Math.round(bytes * factor);
    }
    edited.push({ ...entry, params });
  }
  return edited;
}

/** A URL pattern given to `option`, or an error that names the option and the pattern. */
export function parsePattern(option: string, source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Error(
      `${option} takes a regular expression; "${source}" is not one (${(error as Error).message})`,
    );
  }
}

/** `--scale` arguments: "pattern=factor", the factor from 0 up. */
export function parseScale(argument: string): [RegExp, number] {
  const at = argument.lastIndexOf("=");
  const factor = Number(argument.slice(at + 1));
  if (at <= 0 || !Number.isFinite(factor) || factor < 0)
    throw new Error(`--scale takes pattern=factor (a number from 0 up), not "${argument}"`);
  return [parsePattern("--scale", argument.slice(0, at)), factor];
}
