import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { createDocument, createSvgRoot } from "./dom";
import { finish, roundNumbers } from "./finish";
import { expectPageSafeSvg } from "./assertions";

function plotSvg(): Element {
  const document = createDocument();
  return Plot.plot({
    document,
    className: "plot",
    width: 300,
    height: 120,
    style: { fontSize: "14px" },
    marks: [Plot.barX([{ v: 1 / 3, k: "一" }], { x: "v", y: "k", className: "c-actual" })],
  }) as unknown as Element;
}

describe("finish(svg, meta)", () => {
  const markup = finish(plotSvg(), { id: "demo", title: "标题", desc: "说明：1/3" });

  it("leaves no style attribute, no <style>, no aria-label on <g>", () => {
    expect(plotSvg().outerHTML).toMatch(/<style|aria-label/); // Plot's raw output has them
    expectPageSafeSvg(markup);
  });

  it("names the root from <title> and <desc> with deterministic ids", () => {
    expect(markup).toContain('<title id="demo-title">标题</title><desc id="demo-desc">说明：1/3</desc>');
    expect(markup).toMatch(/^<svg[^>]*\swidth="100%"/);
    expect(markup).not.toMatch(/^<svg[^>]*\sheight=/);
  });

  it("drops the root's font settings (charts.css sets them) and turns inline styles into presentation attributes", () => {
    expect(markup).not.toMatch(/^<svg[^>]*font-size=/);
    const document = createDocument();
    const root = createSvgRoot(document, 10, 10);
    const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
    text.setAttribute("style", "font-weight: 600; fill: currentColor");
    root.appendChild(text);
    expect(finish(root, { id: "t", title: "t", desc: "d" })).toMatch(/<text (font-weight="600" fill="currentColor"|fill="currentColor" font-weight="600") ?\/?>/);
  });

  it("rejects a style with no presentation attribute", () => {
    const document = createDocument();
    const root = createSvgRoot(document, 10, 10);
    const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("style", "transition: opacity 1s");
    root.appendChild(rect);
    expect(() => finish(root, { id: "bad", title: "t", desc: "d" })).toThrow(/"transition: opacity 1s" on <rect>/i);
  });

  it("requires a title and a description", () => expect(() => finish(plotSvg(), { id: "x", title: " ", desc: "" })).toThrow(/title and desc/));

  it("rejects an id that is not a plain slug", () => expect(() => finish(plotSvg(), { id: "Bad id", title: "t", desc: "d" })).toThrow(/id must match/));

  it("rounds attribute numbers, not text", () => {
    expect(roundNumbers('<path d="M1.23456,-0.0001L3,4"/><text>1.23456</text>')).toBe('<path d="M1.23,0L3,4"/><text>1.23456</text>');
  });
});
