#!/usr/bin/env python3
"""http_proxy.py: a minimal forward HTTP proxy for the tests (GET only, plain http), which
logs each URL it is asked for, one line each, to LOG.
usage: http_proxy.py PORT LOG"""
import http.client
import http.server
import sys
import urllib.parse

PORT, LOG = int(sys.argv[1]), sys.argv[2]


class Proxy(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(LOG, "a", encoding="utf-8") as f:
            f.write(self.path + "\n")
        u = urllib.parse.urlsplit(self.path)
        if u.scheme != "http" or not u.hostname:
            self.send_error(400, "absolute http URL expected")
            return
        conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=10)
        headers = {k: v for k, v in self.headers.items()
                   if not k.lower().startswith("proxy-") and k.lower() != "connection"}
        conn.request("GET", (u.path or "/") + ("?" + u.query if u.query else ""), headers=headers)
        r = conn.getresponse()
        body = r.read()
        self.send_response(r.status)
        for k, v in r.getheaders():
            if k.lower() not in ("connection", "transfer-encoding", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
