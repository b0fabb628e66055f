// Small helpers every page uses: element lookup and creation, the API call, problem text, downloads.

export const $ = (id) => document.getElementById(id);

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c.nodeType ? c : document.createTextNode(String(c)));
  }
  return e;
}

export async function api(method, path, body, headers = {}) {
  const r = await fetch(path, {
    method,
    headers: body ? { "Content-Type": "application/json", ...headers } : headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await r.json().catch(() => null);
  if (!r.ok) throw Object.assign(new Error((json && json.detail) || r.statusText), { problem: json, status: r.status });
  return json;
}

export function problemText(err) {
  const p = err.problem;
  if (!p) return String(err);
  return `${p.title}: ${p.detail}` +
    (p.problems || []).map((x) => `\n  ${x.pointer}: ${x.detail} (expected ${x.expected})`).join("");
}

/** Saves text as a file the browser downloads. */
export function download(name, type, text) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** Text to URL-safe base64 and back (UTF-8), for a fact set carried in a link. */
export function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(encoded) {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** "1 determination", "2 determinations". */
export function plural(n, word, words = word + "s") {
  return `${n} ${n === 1 ? word : words}`;
}

/** Replaces an element's children, leaving out the absent ones (the DOM would write "null"). */
export function fill(e, ...children) {
  e.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

export const COLORS = { BINDING: "#1b7f3b", NOT_BINDING: "#b3261e", UNDETERMINED: "#8a5700" };

/** A status or a value in the words the reasons use: "not binding", "fails"; the id stays on hover. */
export const WORDS = {
  BINDING: "binding", NOT_BINDING: "not binding", UNDETERMINED: "undetermined",
  SATISFIED: "holds", UNSATISFIED: "fails", UNKNOWN: "unknown",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day as the reasons write it: "1962-10-23" becomes "23 Oct 1962" (the ISO day stays on hover). */
export function day(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}
