#!/usr/bin/python3
"""Starts django-oauth-toolkit (Debian's python3-django-oauth-toolkit) as an OpenID provider on 127.0.0.1 on a free
port, with a fresh SQLite database, a test user and two clients, and prints one JSON line on stdout when it serves:
{"issuer", "username", "password", "clients": {"pkce": {...}, "hybrid": {...}}, "version"}. Exits when stdin closes.
--stock-urls: DOT's URLs only, without the discovery path that urls.py adds (see there).

Run with Debian's /usr/bin/python3 (the packages are installed there)."""
import json
import os
import secrets
import signal
import socketserver
import sys
import tempfile
import threading
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

HERE = os.path.dirname(os.path.abspath(__file__))
USERNAME = "alice"
PASSWORD = "wonderland-42"
REDIRECT_URI = "https://app.example/callback"


class ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # the access log would only clutter the test output
        pass


def main():
    # Terminated instead of closing stdin: leave through SystemExit, so the temporary directory is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if "--stock-urls" in sys.argv[1:]:
        os.environ["TOKENSCOPE_INTEROP_DJANGO_STOCK_URLS"] = "1"
    workdir = tempfile.TemporaryDirectory(prefix="tokenscope-dot-")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    os.environ["TOKENSCOPE_INTEROP_DJANGO_RSA_KEY"] = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    os.environ["TOKENSCOPE_INTEROP_DJANGO_DB"] = os.path.join(workdir.name, "db.sqlite3")
    os.environ["TOKENSCOPE_INTEROP_DJANGO_SECRET"] = secrets.token_urlsafe(32)
    os.environ["DJANGO_SETTINGS_MODULE"] = "settings"
    sys.path.insert(0, HERE)

    import django
    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application
    import oauth2_provider
    from oauth2_provider.models import get_application_model

    call_command("migrate", verbosity=0, interactive=False)
    user = get_user_model().objects.create_user(USERNAME, email="alice@example.com", password=PASSWORD)
    Application = get_application_model()
    # A public client for the code flow with PKCE, and a confidential one for the hybrid flow (DOT allows the hybrid
    # response types only to clients of grant type "openid-hybrid"). Both sign their ID tokens with RS256.
    pkce = Application.objects.create(name="Tokenscope (code + PKCE)", user=user, client_type=Application.CLIENT_PUBLIC,
                                      authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
                                      redirect_uris=REDIRECT_URI, algorithm=Application.RS256_ALGORITHM)
    hybrid_secret = secrets.token_urlsafe(24)
    hybrid = Application.objects.create(name="Tokenscope (hybrid)", user=user, client_type=Application.CLIENT_CONFIDENTIAL,
                                        authorization_grant_type=Application.GRANT_OPENID_HYBRID,
                                        redirect_uris=REDIRECT_URI, algorithm=Application.RS256_ALGORITHM,
                                        client_secret=hybrid_secret)

    server = make_server("127.0.0.1", 0, get_wsgi_application(), server_class=ThreadingServer, handler_class=QuietHandler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(json.dumps({
        "issuer": "http://127.0.0.1:%d/o" % port,
        "provider": "django-oauth-toolkit",
        "version": oauth2_provider.__version__,
        "username": USERNAME,
        "password": PASSWORD,
        "clients": {
            "pkce": {"clientId": pkce.client_id, "redirectUri": REDIRECT_URI, "tokenEndpointAuth": "none"},
            "hybrid": {"clientId": hybrid.client_id, "clientSecret": hybrid_secret, "redirectUri": REDIRECT_URI,
                       "tokenEndpointAuth": "client_secret_basic"},
        },
    }), flush=True)
    sys.stdin.read()  # until EOF: the test closed our stdin
    server.shutdown()
    workdir.cleanup()


if __name__ == "__main__":
    main()
