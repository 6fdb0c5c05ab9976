import { describe, expect, it } from "vitest";
import { collapseBase, LOCAL_SITE, parseBuildOptions, UsageError } from "./options.ts";

const SITE = { SITE_URL: "https://news.example.org" };

describe("parseBuildOptions(argv, env, root)", () => {
  it("defaults to dist/, base /, ./data", () => {
    expect(parseBuildOptions([], SITE, "/repo")).toEqual({
      root: "/repo",
      outDir: "/repo/dist",
      base: "/",
      site: "https://news.example.org",
      dataDir: "/repo/data",
    });
  });
  it("reads --out, BASE_PATH (adding the trailing slash), SITE_URL and DATA_DIR", () => {
    const o = parseBuildOptions(["--out", ".tmp/x"], { BASE_PATH: "/yq2024", SITE_URL: "https://e.org", DATA_DIR: "fx" }, "/repo");
    expect(o).toMatchObject({ outDir: "/repo/.tmp/x", base: "/yq2024/", site: "https://e.org", dataDir: "/repo/fx" });
    expect(parseBuildOptions(["--out=/abs"], SITE, "/repo").outDir).toBe("/abs");
  });
  it("--local (npm start) builds for http://localhost:4321; a production build never does so silently", () => {
    expect(parseBuildOptions(["--local"], {}, "/repo").site).toBe(LOCAL_SITE);
    expect(() => parseBuildOptions([], {}, "/repo")).toThrow(/SITE_URL is not set[^]*SITE_URL=https:\/\/news\.example\.org npm run build/);
  });
  it.each([
    ["//yq2024/", "/yq2024/"],
    ["yq2024", "/yq2024/"],
    ["/yq2024//", "/yq2024/"],
    ["///", "/"],
    ["//a//b/", "/a/b/"],
  ])("collapses BASE_PATH %j to %j (never a protocol-relative //host)", (given, base) => {
    expect(collapseBase(given)).toBe(base);
    expect(parseBuildOptions([], { ...SITE, BASE_PATH: given }, "/repo").base).toBe(base);
  });
  it("keeps only the origin of SITE_URL, and refuses a path with the command to use instead", () => {
    expect(parseBuildOptions([], { SITE_URL: "https://e.org/" }, "/repo").site).toBe("https://e.org");
    expect(() => parseBuildOptions([], { SITE_URL: "https://example.org/sub/" }, "/repo")).toThrow(
      'SITE_URL "https://example.org/sub/" has a path (/sub/) — expected only the origin; put the path in BASE_PATH:\n' +
        "  SITE_URL=https://example.org BASE_PATH=/sub/ npm run build",
    );
  });
  it.each([
    [["--out"], SITE, "--out needs a folder"],
    [["--out="], SITE, "--out needs a folder"],
    [["--fast"], SITE, 'unknown argument "--fast"'],
    [[], { ...SITE, BASE_PATH: "/a b/" }, 'BASE_PATH "/a b/"'],
    [[], { ...SITE, BASE_PATH: "/../x/" }, 'BASE_PATH "/../x/"'],
    [[], { SITE_URL: "example.org" }, 'SITE_URL "example.org"'],
    [[], { SITE_URL: "ftp://example.org" }, 'SITE_URL "ftp://example.org" — expected an http: or https: URL'],
    [[], { SITE_URL: "https://e.org/?a=1" }, "expected only scheme and host"],
  ])("rejects %j %j with a usage error", (argv, env, message) => {
    expect(() => parseBuildOptions(argv, env, "/repo")).toThrow(UsageError);
    expect(() => parseBuildOptions(argv, env, "/repo")).toThrow(message);
  });
});
