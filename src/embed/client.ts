/**
 * The embed page's only script: applies `?theme=dark|light` and `?title=0`, and tells the host
 * page its content height (the chart id and a number, nothing else) on load, on every resize, and
 * when the host script asks.
 */
export const HEIGHT_MESSAGE = "yq-embed-height";
export const ASK_MESSAGE = "yq-embed-ask";

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = params.get("theme");
if (theme === "dark" || theme === "light") root.dataset.theme = theme;
if (params.get("title") === "0") root.classList.add("no-title");

const content = document.querySelector<HTMLElement>("[data-embed-content]");
const id = root.dataset.chartId ?? "";
let sent = -1;

function postHeight(force = false): void {
  if (!content || window.parent === window) return;
  const height = Math.ceil(content.getBoundingClientRect().height);
  if (height === sent && !force) return;
  sent = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, "*");
}

if (content) {
  new ResizeObserver(() => postHeight()).observe(content);
  window.addEventListener("load", () => postHeight(true));
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === ASK_MESSAGE) postHeight(true);
  });
}
