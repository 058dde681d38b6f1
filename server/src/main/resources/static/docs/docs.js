// Polyport docs page: the method filter and the try-it forms. The page reads fine without this file; it is served
// as a file because the page's Content-Security-Policy allows no inline script.
"use strict";

(function () {
  const base = document.body.dataset.base || "";

  // ---- search -------------------------------------------------------------------------------------------------
  const search = document.getElementById("search");
  const methods = Array.from(document.querySelectorAll("article.method"));
  const tocEntries = new Map(Array.from(document.querySelectorAll(".toc li[data-method]"))
    .map((li) => [li.dataset.method, li]));

  function filter() {
    const words = search.value.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    let shown = 0;
    for (const article of methods) {
      const hit = words.every((w) => article.dataset.search.includes(w));
      article.hidden = !hit;
      const entry = tocEntries.get(article.dataset.method);
      if (entry) {
        entry.hidden = !hit;
      }
      shown += hit ? 1 : 0;
    }
    for (const section of document.querySelectorAll("section.service")) {
      section.hidden = section.querySelector("article.method:not([hidden])") === null;
    }
    for (const service of document.querySelectorAll(".toc-service")) {
      service.hidden = service.querySelector("li[data-method]:not([hidden])") === null;
    }
    document.getElementById("no-match").hidden = shown > 0;
  }

  search.addEventListener("input", filter);

  // ---- try it ---------------------------------------------------------------------------------------------------
  const forms = document.querySelectorAll("form.try");
  if (forms.length > 0 && document.querySelector("form.try option")) {
    document.getElementById("try-credentials").hidden = false;
    for (const form of forms) {
      form.hidden = false;
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        send(form);
      });
    }
  }

  function xmlEscape(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function xmlRpcTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) {
      throw new Error("not a date-time: " + iso);
    }
    const pad = (n) => String(n).padStart(2, "0");
    return d.getUTCFullYear() + pad(d.getUTCMonth() + 1) + pad(d.getUTCDate()) + "T" + pad(d.getUTCHours()) + ":"
      + pad(d.getUTCMinutes()) + ":" + pad(d.getUTCSeconds());
  }

  function xmlValue(value, type) {
    if (type === "DateTime" && typeof value === "string") {
      return "<value><dateTime.iso8601>" + xmlRpcTime(value) + "</dateTime.iso8601></value>";
    }
    if (type === "Binary" && typeof value === "string") {
      return "<value><base64>" + xmlEscape(value) + "</base64></value>";
    }
    if (value === null) {
      return "<value><nil/></value>";
    }
    if (typeof value === "boolean") {
      return "<value><boolean>" + (value ? 1 : 0) + "</boolean></value>";
    }
    if (typeof value === "number") {
      if (Number.isInteger(value)) {
        return Math.abs(value) <= 2147483647 ? "<value><int>" + value + "</int></value>"
          : "<value><i8>" + value + "</i8></value>";
      }
      return "<value><double>" + value + "</double></value>";
    }
    if (typeof value === "string") {
      return "<value><string>" + xmlEscape(value) + "</string></value>";
    }
    if (Array.isArray(value)) {
      return "<value><array><data>" + value.map((v) => xmlValue(v, "")).join("") + "</data></array></value>";
    }
    return "<value><struct>" + Object.entries(value).map(([k, v]) =>
      "<member><name>" + xmlEscape(k) + "</name>" + xmlValue(v, "") + "</member>").join("") + "</struct></value>";
  }

  function hinted(value, type) {
    if (type === "DateTime" && typeof value === "string") {
      return { __jsonclass__: ["datetime", value] };
    }
    if (type === "Binary" && typeof value === "string") {
      return { __jsonclass__: ["binary", value] };
    }
    return value;
  }

  /** The HTTP request calling `method` with `args` ([{value, type}]) in the wire form `protocol`. */
  function build(protocol, method, args) {
    switch (protocol) {
      case "xmlrpc":
        return {
          path: "/xmlrpc", contentType: "text/xml",
          body: "<?xml version=\"1.0\"?>\n<methodCall><methodName>" + xmlEscape(method) + "</methodName><params>"
            + args.map((a) => "<param>" + xmlValue(a.value, a.type) + "</param>").join("") + "</params></methodCall>",
        };
      case "jsonrpc1":
      case "jsonrpc2": {
        const request = protocol === "jsonrpc2" ? { jsonrpc: "2.0" } : {};
        request.method = method;
        request.params = args.map((a) => hinted(a.value, a.type));
        request.id = 1;
        return { path: "/jsonrpc", contentType: "application/json", body: JSON.stringify(request) };
      }
      case "rest":
        return {
          path: "/rest/rpc/" + encodeURIComponent(method), contentType: "application/json",
          body: JSON.stringify(args.map((a) => a.value)),
        };
      default:
        throw new Error("unknown protocol " + protocol);
    }
  }

  /** The arguments the form holds, trailing optional ones left empty omitted. */
  function readArguments(form) {
    const inputs = Array.from(form.querySelectorAll("label.param input"));
    while (inputs.length > 0 && inputs[inputs.length - 1].dataset.optional === "true"
      && inputs[inputs.length - 1].value.trim() === "") {
      inputs.pop();
    }
    return inputs.map((input) => {
      try {
        return { value: JSON.parse(input.value), type: input.dataset.type };
      } catch (e) {
        throw new Error("parameter " + input.name + " is not JSON: " + input.value);
      }
    });
  }

  function authorization() {
    const user = document.getElementById("try-user").value;
    const secret = document.getElementById("try-password").value;
    if (user !== "") {
      const bytes = new TextEncoder().encode(user + ":" + secret);
      return "Basic " + btoa(String.fromCharCode(...bytes));
    }
    return secret !== "" ? "Bearer " + secret : null;
  }

  async function send(form) {
    const exchange = form.querySelector(".exchange");
    const rawRequest = form.querySelector(".raw-request");
    const rawResponse = form.querySelector(".raw-response");
    exchange.hidden = false;
    rawResponse.classList.remove("failed");
    let request;
    try {
      request = build(form.elements.protocol.value, form.dataset.method, readArguments(form));
    } catch (e) {
      rawRequest.textContent = e.message;
      rawResponse.textContent = "";
      return;
    }
    const url = base + request.path;
    const headers = { "Content-Type": request.contentType, "Accept": request.contentType };
    const auth = authorization();
    if (auth !== null) {
      headers.Authorization = auth;
    }
    rawRequest.textContent = "POST " + url + "\nContent-Type: " + request.contentType
      + (auth === null ? "" : "\nAuthorization: " + auth.split(" ")[0] + " …") + "\n\n" + request.body;
    rawResponse.textContent = "…";
    try {
      const response = await fetch(url, { method: "POST", headers, body: request.body, credentials: "same-origin" });
      const text = await response.text();
      rawResponse.textContent = "HTTP " + response.status + " " + response.statusText + "\nContent-Type: "
        + (response.headers.get("Content-Type") || "") + "\n\n" + text;
      rawResponse.classList.toggle("failed", !response.ok);
      form.dataset.status = String(response.status);
    } catch (e) {
      rawResponse.textContent = "Request failed: " + e.message;
      rawResponse.classList.add("failed");
    }
  }
}());
