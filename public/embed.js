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
      return;
    }
  });

  // Frames that loaded before this script ran have already sent their height: ask again.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var origin = originOf(list[i]);
      if (origin && list[i].contentWindow) list[i].contentWindow.postMessage({ type: "yq-embed-ask" }, origin);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
})();
