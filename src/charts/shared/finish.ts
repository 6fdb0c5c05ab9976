/**
 * Turns a rendered `<svg>` (Plot or D3, in a linkedom document) into page-ready markup:
 * valid HTML, axe-clean and CSP-safe (no `style` attributes, no `<style>` elements),
 * with deterministic ids and numbers rounded to ≤ 2 decimals so snapshots are stable.
 */

import { recordXScale } from "./scale-record";

export interface FinishMeta {
  /** Unique on the page; prefixes the `<title>`/`<desc>` ids. Lowercase letters, digits and hyphens. */
  id: string;
  /** Short accessible name (the visible title lives in the surrounding `<figure>`). */
  title: string;
  /** The text alternative: states the main figures. */
  desc: string;
}

/** Presentation attributes an inline style may be turned into; anything else is a bug in the chart. */
const PRESENTATION_PROPERTIES = new Set([
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap",
  "stroke-linejoin", "opacity", "font-size", "font-weight", "font-variant", "text-anchor", "dominant-baseline",
  "paint-order", "visibility",
]);
/** Root attributes whose job charts.css does (font and size); dropped so CSS alone decides. */
const ROOT_DROPPED = ["font-family", "font-size", "height", "style"];

export function finish(root: Element, meta: FinishMeta): string {
  if (!/^[a-z][a-z0-9-]*$/.test(meta.id)) throw new Error(`finish: id must match [a-z][a-z0-9-]*, got "${meta.id}"`);
  if (!meta.title.trim() || !meta.desc.trim()) throw new Error(`finish(${meta.id}): title and desc must not be empty (they are the accessible name and description)`);
  if (root.tagName.toLowerCase() !== "svg") throw new Error(`finish: expected an <svg> root, got <${root.tagName}>`);
  const document = root.ownerDocument;
  if (!root.hasAttribute("data-x-domain")) recordXScale(root);

  for (const style of [...root.querySelectorAll("style")]) style.remove();
  for (const element of [...root.querySelectorAll("[style]")]) moveStyleToAttributes(element, meta.id);
  for (const group of [...root.querySelectorAll("g[aria-label]")]) {
    group.setAttribute("data-mark", group.getAttribute("aria-label") ?? "");
    group.removeAttribute("aria-label");
  }
  for (const name of ROOT_DROPPED) root.removeAttribute(name);
  // A colour class sets `color`; re-declaring currentColor on the same element makes it resolve there
  // (renderers that resolve an inherited currentColor at the ancestor would otherwise paint text colour).
  for (const element of [...root.querySelectorAll("[class]")]) {
    if (/(^|\s)c-/.test(element.getAttribute("class") ?? "") && !element.hasAttribute("fill")) element.setAttribute("fill", "currentColor");
  }

  const width = Number(root.getAttribute("width"));
  if (!root.getAttribute("viewBox")) throw new Error(`finish(${meta.id}): the <svg> has no viewBox`);
  if (Number.isFinite(width) && width > 0) root.setAttribute("data-width", String(width));
  root.setAttribute("width", "100%");
  root.setAttribute("class", mergeClasses("chart", root.getAttribute("class")));
  root.setAttribute("role", "img");
  root.setAttribute("aria-labelledby", `${meta.id}-title ${meta.id}-desc`);
  root.setAttribute("id", meta.id);

  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.setAttribute("id", `${meta.id}-desc`);
  desc.textContent = meta.desc;
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", `${meta.id}-title`);
  title.textContent = meta.title;
  root.insertBefore(desc, root.firstChild);
  root.insertBefore(title, root.firstChild);

  return roundNumbers(root.outerHTML);
}

function moveStyleToAttributes(element: Element, id: string): void {
  const declarations = (element.getAttribute("style") ?? "").split(";").map((d) => d.trim()).filter(Boolean);
  for (const declaration of declarations) {
    const colon = declaration.indexOf(":");
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!PRESENTATION_PROPERTIES.has(property)) {
      throw new Error(`finish(${id}): inline style "${declaration}" on <${element.tagName}> has no presentation attribute; use a class in charts.css`);
    }
    element.setAttribute(property, value);
  }
  element.removeAttribute("style");
}

function mergeClasses(...lists: (string | null)[]): string {
  return [...new Set(lists.flatMap((l) => (l ?? "").split(/\s+/)).filter(Boolean))].join(" ");
}

/** Rounds every decimal with more than two places inside attribute values (coordinates, path data) to two; text is untouched. */
export function roundNumbers(markup: string): string {
  return markup.replace(/(\s[\w:-]+=")([^"]*)"/g, (_, head: string, value: string) => `${head}${value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, roundOne)}"`);
}

function roundOne(n: string): string {
  const rounded = Number(Number(n).toFixed(2));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
