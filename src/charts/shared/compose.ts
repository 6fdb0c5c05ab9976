import { SVG_NS, createSvgRoot, type ChartDocument } from "./dom";
import { recordXScale } from "./scale-record";

/**
 * Stacks separately rendered panels (e.g. one Plot per unit, so no axis ever mixes units)
 * into one `<svg>`. Each panel's root attributes that affect its children are kept on its `<g>`.
 */
export function stackPanels(document: ChartDocument, panels: SVGSVGElement[], width: number, gap = 12): SVGSVGElement {
  const heights = panels.map((panel) => Number(panel.getAttribute("height")));
  const total = heights.reduce((sum, h) => sum + h, 0) + gap * Math.max(0, panels.length - 1);
  const root = createSvgRoot(document, width, total);
  root.setAttribute("fill", "currentColor");
  root.setAttribute("text-anchor", "middle");
  let y = 0;
  panels.forEach((panel, i) => {
    const group = document.createElementNS(SVG_NS, "g");
    group.setAttribute("transform", `translate(0,${y})`);
    group.setAttribute("data-panel", String(i));
    recordXScale(panel, group);
    for (const name of ["text-anchor", "fill"]) {
      const value = panel.getAttribute(name);
      if (value) group.setAttribute(name, value);
    }
    for (const style of [...panel.querySelectorAll("style")]) style.remove();
    while (panel.firstChild) group.appendChild(panel.firstChild);
    root.appendChild(group);
    y += heights[i]! + gap;
  });
  return root;
}

/** Rough rendered width of a label at `fontSize` px (src/lib/cjk-text.ts). */
export { textWidth } from "../../lib/cjk-text";
