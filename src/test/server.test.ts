import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foreignUrls, launchBrowser, openPage } from "./browser.ts";
import { normaliseBase, resolveRequestPath, serveDir, type StaticServer } from "./server.ts";

describe("normaliseBase", () => {
  it.each([
    ["/", "/"],
    ["", "/"],
    ["yq2024", "/yq2024/"],
    ["/yq2024", "/yq2024/"],
    ["/a/b/", "/a/b/"],
  ])("normaliseBase(%j) is %j", (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe("resolveRequestPath", () => {
  it("refuses paths outside the base or escaping the root", () => {
    expect(resolveRequestPath("/site", "/yq2024/", "/other/")).toBeNull();
    expect(resolveRequestPath("/site", "/", "/../etc/passwd")).toBeNull();
    expect(resolveRequestPath("/site", "/", "/%2e%2e/etc/passwd")).toBeNull();
    expect(resolveRequestPath("/site", "/", "/%zz")).toBeNull();
  });
});

describe("serveDir(dir, {base}) serves a built site under a base path", () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "serve-"));
    await mkdir(path.join(dir, "areas", "demand"), { recursive: true });
    await writeFile(path.join(dir, "index.html"), "<!doctype html><title>home</title><p>home</p>");
    await writeFile(path.join(dir, "areas", "demand", "index.html"), "<!doctype html><title>d</title>");
    await writeFile(path.join(dir, "app.css"), "p{color:red}");
    await writeFile(path.join(dir, "404.html"), "<!doctype html><title>missing</title>");
    server = await serveDir(dir, { base: "/yq2024/" });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves index.html for directories with an HTML content type", async () => {
    const res = await fetch(server.url + "areas/demand/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain("<title>d</title>");
  });

  it("sets MIME types from the extension", async () => {
    const res = await fetch(server.url + "app.css");
    expect(res.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("redirects a directory without its trailing slash", async () => {
    const res = await fetch(server.url + "areas/demand", { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/yq2024/areas/demand/");
  });

  it("answers 404 with the site's 404 page for missing files and paths outside the base", async () => {
    const missing = await fetch(server.url + "nope.js");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("missing");
    expect((await fetch(server.origin + "/index.html")).status).toBe(404);
  });

  it("gzips text when asked to and the client accepts it", async () => {
    const zipped = await serveDir(dir, { gzip: true });
    try {
      const res = await fetch(zipped.url + "app.css", { headers: { "accept-encoding": "gzip" } });
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(await res.text()).toBe("p{color:red}"); // fetch decompresses
    } finally {
      await zipped.close();
    }
    const plain = await fetch(server.url + "app.css", { headers: { "accept-encoding": "gzip" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
  });

  it("logs every requested path", () => {
    expect(server.requests).toContain("/yq2024/areas/demand/");
    expect(server.requests).toContain("/yq2024/nope.js");
  });

  it("openPage records requests, failures and console errors in Chromium", async () => {
    await writeFile(
      path.join(dir, "probe.html"),
      '<!doctype html><title>p</title><link rel="stylesheet" href="missing.css"><script>console.error("boom")</script>',
    );
    const browser = await launchBrowser();
    try {
      const opened = await openPage(browser, server.url + "probe.html", { javaScriptEnabled: true });
      expect(opened.status).toBe(200);
      expect(opened.requestedUrls).toContain(server.url + "missing.css");
      expect(opened.failedRequests.some((f) => f.includes("missing.css") && f.includes("404"))).toBe(true);
      expect(opened.consoleErrors.some((e) => e.includes("boom"))).toBe(true);
      expect(foreignUrls(opened.requestedUrls, server.origin)).toEqual([]);
      await opened.close();
    } finally {
      await browser.close();
    }
  });
});

describe("foreignUrls", () => {
  it("lists URLs of any other origin and ignores data: URLs", () => {
    const urls = ["http://127.0.0.1:1/a.css", "https://cdn.example/x.js", "data:image/png;base64,AA", "http://127.0.0.1:2/"];
    expect(foreignUrls(urls, "http://127.0.0.1:1")).toEqual(["https://cdn.example/x.js", "http://127.0.0.1:2/"]);
  });
});
