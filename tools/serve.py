"""Serve a built site on 127.0.0.1 with gzip, as a real host would (Lighthouse checks it).

    python tools/serve.py site/ [--port 8000]

``python -m http.server`` sends everything uncompressed, which no production host does.

Each page goes out with its Content-Security-Policy as a header too, as a host that can set
headers should send it: the policy the page carries in its <meta> plus what only a header can
say (``frame-ancestors 'none'``: no other site may frame a page), and the same referrer
policy (see concurrency_live/site_hooks/csp.py).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import http.server
import io
import sys
import threading
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from concurrency_live.site_hooks import csp

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map")


class Handler(http.server.SimpleHTTPRequestHandler):
    # The path the site lives under, taken from site_url: Material's instant navigation only
    # follows links listed in sitemap.xml, whose addresses carry that path.
    prefix = "/"

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_head(self):
        self.policy = None
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirects to the trailing slash
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            self.policy = csp.page_policy(path.read_bytes().decode("utf-8"))
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        if getattr(self, "policy", None):
            self.send_header("Content-Security-Policy", csp.header_policy(self.policy))
            self.send_header("Referrer-Policy", csp.REFERRER)
        super().end_headers()

    def log_message(self, format, *args):  # quiet: tests read their own logs
        pass


@contextlib.contextmanager
def serving(root: Path, port: int = 0, prefix: str = "/"):
    """Serve ``root`` under ``prefix`` in a background thread; yields the site's URL."""
    handler = type("SiteHandler", (Handler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), partial(handler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


MKDOCS_YML = Path(__file__).resolve().parent.parent / "mkdocs.yml"


def site_prefix(mkdocs_yml: Path = MKDOCS_YML) -> str:
    """The path part of mkdocs.yml's site_url, with slashes at both ends."""
    from mkdocs.config import load_config

    path = urlparse(load_config(str(mkdocs_yml))["site_url"] or "/").path
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default=site_prefix(), help="default: site_url's path")
    args = parser.parse_args()
    with serving(args.root, args.port, args.prefix) as url:
        print(f"Serving {args.root} at {url}", flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
