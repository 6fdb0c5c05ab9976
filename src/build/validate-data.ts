/**
 * Runs the data helper's validator (src/data/cli-validate.ts, the `npm run validate` script)
 * against a data folder in a child process. Its contract: print every problem as
 * `file:line:column …` and exit 1, or print a one-line summary and exit 0.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface ValidationResult {
  ok: boolean;
  /** Everything the validator printed (stdout then stderr). */
  output: string;
}

export function validatorPath(root: string): string {
  return path.join(root, "src", "data", "cli-validate.ts");
}

export function validateData(root: string, dataDir: string): Promise<ValidationResult> {
  const script = validatorPath(root);
  if (!existsSync(script)) return Promise.resolve({ ok: false, output: `${script} is missing; the data cannot be checked` });
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [script], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ok: code === 0, output: (stdout + stderr).trim() }));
  });
}
