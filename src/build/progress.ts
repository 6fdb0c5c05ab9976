/**
 * Build progress on stdout: stage lines with their time, and counters ("PNG 20/52") printed at
 * most every `every` items and at the end, so a 2-core build is never silent for long.
 * Quiet when BUILD_PROGRESS=0 (the tests' builds keep their output short).
 */


export function progressEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BUILD_PROGRESS !== "0";
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Where progress lines go: stdout, bypassing the condensing filter while Astro builds. */
let direct: ((line: string) => void) | undefined;

/** A line prefixed with the time since the process started. */
export function progressLine(text: string, log?: (line: string) => void): void {
  if (!progressEnabled()) return;
  const line = `[build ${seconds(process.uptime() * 1000)}] ${text}`;
  if (log) log(line);
  else if (direct) direct(line);
  else console.log(line);
}

export interface Counter {
  /** One item done; `cached` items are counted separately. */
  tick(cached?: boolean): void;
  readonly done: number;
}

/** Counts items of a stage; prints "label done/total (n cached)" every `every` items and at the end. */
export function counter(label: string, total: number | null, every = 10, log?: (line: string) => void): Counter {
  let done = 0;
  let cached = 0;
  const t0 = performance.now();
  return {
    tick(isCached = false) {
      done++;
      if (isCached) cached++;
      const last = total !== null && done === total;
      if (done % every === 0 || last) {
        const of = total === null ? "" : `/${total}`;
        const fromCache = cached ? `, ${cached} from cache` : "";
        progressLine(`${label} ${done}${of}${fromCache} (${seconds(performance.now() - t0)})`, log);
      }
    },
    get done() {
      return done;
    },
  };
}

/** An Astro route line at log level "info": "12:00:01   ├─ /areas/demand/index.html (+46ms)". */
const ROUTE_LINE = /^(?:\S+ )?\s*[├└]─ \S/;
/** Astro's vite chunk listings and blank lines: detail, not progress. */
const NOISE_LINE = /^(?:\S+ )?\[vite\] (?:\.|transforming|rendering chunks|computing gzip)|^\s*$/;

/**
 * Runs Astro's build at log level "info" but condenses its output: stage lines pass through, the
 * one-line-per-file route listing becomes a count every `every` files. Returns the build's result.
 */
export async function withAstroProgress<T>(build: (logLevel: "info" | "warn") => Promise<T>, every = 50): Promise<T> {
  if (!progressEnabled()) return build("warn");
  const write = process.stdout.write.bind(process.stdout);
  let routes = 0;
  let pending = "";
  const t0 = performance.now();
  direct = (line) => write(`${line}\n`); // a partial Astro line stays in `pending`
  const emit = (line: string) => {
    if (ROUTE_LINE.test(line)) {
      routes++;
      if (routes % every === 0) write(`[build ${seconds(process.uptime() * 1000)}] ${routes} pages and files written (${seconds(performance.now() - t0)} into Astro)\n`);
    } else if (!NOISE_LINE.test(line)) {
      write(`${line}\n`);
    }
  };
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      emit(pending.slice(0, nl).replace(/\x1b\[[0-9;]*m/g, ""));
      pending = pending.slice(nl + 1);
    }
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return await build("info");
  } finally {
    process.stdout.write = write;
    direct = undefined;
    if (pending) emit(pending);
    write(`[build ${seconds(process.uptime() * 1000)}] ${routes} pages and files written in all\n`);
  }
}
