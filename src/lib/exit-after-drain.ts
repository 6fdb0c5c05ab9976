/**
 * Exits once everything already written to stdout and stderr has been handed on. On Linux a
 * piped stdout is asynchronous: `process.exit()` straight after a large write cuts the output at
 * the pipe's buffer (64 KiB), mid-line. A zero-length write's callback runs after every earlier
 * write to that stream has been flushed.
 */
export async function exitAfterDrain(code: number): Promise<never> {
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write("", () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
