import { parseHTML } from "linkedom";

/** The minimal surface of a linkedom Document that Plot and d3-selection use. */
export type ChartDocument = Document;

/**
 * A fresh, empty linkedom document for build-time rendering.
 * Pass it to Plot (`Plot.plot({...options, document})`) or create D3 roots with `createSvgRoot`.
 * Includes a canvas stub so Plot's colour-ramp legends, which paint on a canvas, do not crash.
 */
export function createDocument(): ChartDocument {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  installCanvasStub(document as unknown as Document);
  return document as unknown as Document;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

/** An `<svg>` element with a viewBox, ready for d3-selection (`select(root)`). */
export function createSvgRoot(document: ChartDocument, width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  return svg;
}

/**
 * Plot's ramp legends call `canvas.getContext("2d")` and read `toDataURL()`.
 * The stub records the fill colours so the output stays deterministic.
 */
function installCanvasStub(document: Document): void {
  const create = document.createElement.bind(document);
  (document as { createElement: typeof document.createElement }).createElement = ((name: string, options?: ElementCreationOptions) => {
    const element = create(name, options);
    if (name.toLowerCase() === "canvas") {
      const fills: string[] = [];
      const context = {
        fillStyle: "",
        fillRect() {
          fills.push(String(context.fillStyle));
        },
      };
      Object.assign(element, {
        getContext: () => context,
        toDataURL: () => `data:text/plain,${encodeURIComponent(fills.join(","))}`,
      });
    }
    return element;
  }) as typeof document.createElement;
}
