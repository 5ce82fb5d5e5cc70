"""The Content-Security-Policy every built page carries in a <meta> element.

GitHub Pages cannot send response headers, so the policy travels inside each page, as the
first thing after <meta charset> (a meta policy governs only what comes after it; the charset
stays first so that it is found within the page's first 1024 bytes). It lets a page load and
run nothing but the site's own files and the inline scripts and styles it was built with:

- ``script-src 'self'`` plus the SHA-256 of each inline script. Material's differ per page (its
  first script names the site's root relative to the page, so depth and language change it),
  so the hashes are computed from each page's final HTML, after every other rewrite: the hook
  runs :func:`secure_site` last, over every HTML file of the built site (404 page included).
- ``style-src 'self'`` plus the SHA-256 of each inline <style> (the site's own CSS is inlined,
  overrides/partials/styles.html). No ``'unsafe-inline'``: style attributes are blocked. The
  site needs none (Python-Markdown writes a column's alignment as ``align="right"`` since
  mkdocs.yml sets ``use_align_attribute``; Material and the charts style through classes and
  the CSSOM, which a policy does not govern). Should a page carry one again, its value is
  allowed by hash with ``'unsafe-hashes'`` rather than the page breaking, and
  tests/test_csp.py fails until the need is removed.
- Instant navigation brings other pages into the one the reader opened: Material fetches the
  next page, swaps in its content and runs the content's inline scripts again, appends the
  <style> elements of its head (and its own meta policy, which then applies as well, both
  policies together). So each page also allows what another page can bring in that way: the
  inline scripts of every page's body and every page's inline styles. Those are the same
  few everywhere (Material's tab and anchor scripts) plus the notebook pages' own.
- No ``'unsafe-inline'`` as a fallback either (Lighthouse suggests it for browsers that know
  no hashes, which would then ignore it): those browsers (before CSP level 2, 2014-2016) cannot
  run Material's script anyway, and to them it would allow every inline script.
- ``img-src 'self' data:`` (Material draws its icons from data: SVG), ``font-src 'self'``,
  ``connect-src 'self'`` (the search index, the sitemap, instant navigation), ``object-src
  'none'``, ``base-uri 'self'`` and ``form-action 'none'`` (the search box is a form that
  Material never submits).

A meta policy cannot carry ``frame-ancestors``, ``report-uri`` or ``sandbox`` (browsers ignore
them there; ``report-to`` needs a Reporting-Endpoints header): a host that can send headers
sends :func:`header_policy`, as tools/serve.py does.

``<meta name="referrer" content="no-referrer">``: the site needs no Referer (static files, no
analytics), and a reader who follows a link to another site should not tell it which page
they came from (``strict-origin-when-cross-origin``, the default, still sends the site).
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

REFERRER = "no-referrer"

# The directives that are the same on every page; script-src and style-src, with each page's
# hashes, follow default-src.
FIXED = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'none'",
}
# Only a header can say this (see header_policy).
HEADER_ONLY = "frame-ancestors 'none'"

# The start of every page's head as Material writes it (its site_meta block, which
# overrides/main.html keeps): the policy goes right after the charset.
HEAD_START = re.compile(r'<head>\s*<meta charset="utf-8">')
# The policy and referrer this module inserts (a second pass replaces them).
POLICY_META = re.compile(
    r'\n?<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">'
    r'\n?<meta name="referrer" content="[^"]*">'
)

# <script type> values that a browser runs (a classic script, a module, an import map); any
# other type makes a data block, such as Material's application/json config, which is never
# run and needs no hash.
RUNS = {
    "",
    "module",
    "importmap",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "text/ecmascript",
}


def sha256(text: str) -> str:
    """A policy's source expression for an inline script, style or style attribute: the hash
    of its text as the browser sees it (the HTML parser makes every line end a plain LF)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@dataclass
class Inline:
    """What in one page a policy must name: its inline scripts (those of its head apart, as
    instant navigation never runs another page's), styles and style attributes."""

    head_scripts: list[str] = field(default_factory=list)
    body_scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    style_attributes: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)  # what no hash can allow


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = Inline()
        self.in_body = False
        self.open: tuple[str, list[str]] | None = None  # an inline script or style being read

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "body":
            self.in_body = True
        for name, value in attrs:
            if re.fullmatch(r"on[a-z]+", name):
                self.found.blocked.append(f"<{tag} {name}>")
            elif name in ("href", "src", "action", "formaction", "xlink:href") and (
                (value or "").strip().lower().startswith("javascript:")
            ):
                self.found.blocked.append(f"<{tag} {name}={value}>")
        if "style" in values:
            self.found.style_attributes.append(values["style"] or "")
        if tag == "script" and "src" not in values:
            kind = (values.get("type") or "").strip().lower()
            if kind in RUNS:
                self.open = ("script", [])
        elif tag == "style":
            self.open = ("style", [])

    def handle_data(self, data):
        if self.open:
            self.open[1].append(data)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_body = True
        if self.open and tag == self.open[0]:
            text = "".join(self.open[1])
            if tag == "style":
                self.found.styles.append(text)
            elif self.in_body:
                self.found.body_scripts.append(text)
            else:
                self.found.head_scripts.append(text)
            self.open = None


def inline_of(page: str) -> Inline:
    """The inline scripts, styles and style attributes of a page (without its policy)."""
    scanner = _Scanner()
    scanner.feed(POLICY_META.sub("", page))
    scanner.close()
    return scanner.found


def _unique(items):
    return list(dict.fromkeys(items))


def policy(own: Inline, brought: Inline | None = None) -> str:
    """The policy of a page that carries ``own``, into which instant navigation can bring
    ``brought`` (the body scripts and styles of every page of the site)."""
    brought = brought or Inline()
    scripts = _unique(
        sha256(s) for s in [*own.head_scripts, *own.body_scripts, *brought.body_scripts]
    )
    styles = _unique(sha256(s) for s in [*own.styles, *brought.styles])
    attributes = _unique(sha256(s) for s in own.style_attributes)
    # 'unsafe-hashes' lets a style attribute through only when its value has one of the hashes
    # listed; a page with no style attribute (every page of this site today) does without.
    style_src = ["'self'", *styles, *(["'unsafe-hashes'", *attributes] if attributes else [])]
    directives = {
        "default-src": FIXED["default-src"],
        "script-src": " ".join(["'self'", *scripts]),
        "style-src": " ".join(style_src),
        **{k: v for k, v in FIXED.items() if k != "default-src"},
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def header_policy(meta_policy: str) -> str:
    """The policy a host that can send headers sends with a page: the page's own, plus what a
    meta policy cannot say (no page of this site may be framed by another)."""
    return f"{meta_policy}; {HEADER_ONLY}"


def page_policy(page: str) -> str | None:
    """The policy a built page carries, if any."""
    found = POLICY_META.search(page)
    return found["policy"] if found else None


def secure(page: str, policy_text: str, name: str = "a page") -> str:
    """The page with ``policy_text`` and the referrer policy first in its head (in place of
    the ones an earlier pass put there)."""
    if '"' in policy_text or "&" in policy_text:
        raise PluginError(f"a policy needs escaping in an attribute: {policy_text}")
    page = POLICY_META.sub("", page)
    meta = (
        f'\n<meta http-equiv="Content-Security-Policy" content="{policy_text}">'
        f'\n<meta name="referrer" content="{REFERRER}">'
    )
    secured, count = HEAD_START.subn(lambda m: m[0] + meta, page, count=1)
    if count == 0:
        raise PluginError(
            f"{name} does not start its head with <meta charset>, so it cannot carry the"
            " Content-Security-Policy first: see HEAD_START in"
            " concurrency_live/site_hooks/csp.py"
        )
    return secured


def secure_site(site: Path) -> int:
    """Give every HTML page of the built site its policy; returns how many pages got one."""
    pages = sorted(site.rglob("*.html"))
    texts = {path: path.read_bytes().decode("utf-8") for path in pages}
    found = {path: inline_of(text) for path, text in texts.items()}
    blocked = [f"{p.relative_to(site)}: {b}" for p, f in found.items() for b in f.blocked]
    if blocked:
        raise PluginError(
            "the Content-Security-Policy blocks event-handler attributes and javascript:"
            " addresses, which no hash can allow; move them into a script file: "
            + "; ".join(blocked)
        )
    brought = Inline(
        body_scripts=sorted({s for f in found.values() for s in f.body_scripts}),
        styles=sorted({s for f in found.values() for s in f.styles}),
    )
    for path, text in texts.items():
        secured = secure(text, policy(found[path], brought), str(path.relative_to(site)))
        if secured != text:
            path.write_bytes(secured.encode("utf-8"))
    return len(pages)
