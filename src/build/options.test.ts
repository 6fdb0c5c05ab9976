import { describe, expect, it } from "vitest";
import { parseBuildOptions, UsageError } from "./options.ts";

describe("parseBuildOptions(argv, env, root)", () => {
  it("defaults to dist/, base /, ./data", () => {
    expect(parseBuildOptions([], {}, "/repo")).toEqual({
      root: "/repo",
      outDir: "/repo/dist",
      base: "/",
      site: "http://localhost:4321",
      dataDir: "/repo/data",
    });
  });
  it("reads --out, BASE_PATH (adding the trailing slash), SITE_URL and DATA_DIR", () => {
    const o = parseBuildOptions(["--out", ".tmp/x"], { BASE_PATH: "/yq2024", SITE_URL: "https://e.org", DATA_DIR: "fx" }, "/repo");
    expect(o).toMatchObject({ outDir: "/repo/.tmp/x", base: "/yq2024/", site: "https://e.org", dataDir: "/repo/fx" });
    expect(parseBuildOptions(["--out=/abs"], {}, "/repo").outDir).toBe("/abs");
  });
  it.each([
    [["--out"], {}, "--out needs a folder"],
    [["--fast"], {}, 'unknown argument "--fast"'],
    [[], { BASE_PATH: "yq" }, 'BASE_PATH "yq"'],
    [[], { SITE_URL: "example.org" }, 'SITE_URL "example.org"'],
  ])("rejects %j %j with a usage error", (argv, env, message) => {
    expect(() => parseBuildOptions(argv, env, "/repo")).toThrow(UsageError);
    expect(() => parseBuildOptions(argv, env, "/repo")).toThrow(message);
  });
});
