/*
 * 数读阳泉 2024 — embed host script. Fits every <iframe data-yq-embed> to its content.
 * It accepts a height only from the iframe's own window (event.source) and from the origin of the
 * iframe's src, and reads nothing but a number. No dependencies, no network requests.
 */
(function () {
  "use strict";
  if (window.yqEmbedHost) return;
  window.yqEmbedHost = true;
  var MAX_HEIGHT = 20000;

  function frames() {
    return document.querySelectorAll("iframe[data-yq-embed]");
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "yq-embed-height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.height = String(Math.ceil(height));
      // The snippet's own style sizes the frame without this script; the measured height wins.
      frame.style.height = Math.ceil(height) + "px";
      frame.style.maxHeight = "none";
      return;
    }
  });

  // Whether the frame already shows its embed page. Before it has loaded (a lazy frame below the
  // fold) its window is a blank document of this page's origin, and a message to the embed's origin
  // would only log "target origin does not match"; such a frame sends its height when it loads.
  function hasLoaded(frame, origin) {
    try {
      var href = frame.contentWindow.location.href; // readable: same origin as this page
      return href !== "about:blank" && new URL(href).origin === origin;
    } catch (e) {
      return true; // not readable: the frame shows another origin's page, the embed
    }
  }

  // Frames that loaded before this script ran have already sent their height: ask those again.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var origin = originOf(list[i]);
      if (origin && list[i].contentWindow && hasLoaded(list[i], origin)) {
        list[i].contentWindow.postMessage({ type: "yq-embed-ask" }, origin);
      }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
})();
