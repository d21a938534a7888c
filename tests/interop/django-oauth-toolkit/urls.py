import os

from django.urls import include, path, re_path
from oauth2_provider.views import ConnectDiscoveryInfoView

urlpatterns = [
    path("accounts/", include("django.contrib.auth.urls")),
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
]
# DOT 1.7 serves discovery only at .well-known/openid-configuration/ (with a slash) and Django's APPEND_SLASH answers the
# path OpenID Connect Discovery 4 names with a 301 (DOT issue #1363, fixed upstream after 2.3.0 by accepting both).
# Deployments add the path without the slash themselves, as here; launch.py --stock-urls leaves it out, to show the quirk.
if not os.environ.get("TOKENSCOPE_INTEROP_DJANGO_STOCK_URLS"):
    urlpatterns.insert(0, re_path(r"^o/\.well-known/openid-configuration$", ConnectDiscoveryInfoView.as_view()))
