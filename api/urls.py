from django.urls import re_path
from django.urls.resolvers import URLPattern

from api.api import api
from api.guard import guarded, index, not_found

app_name = "api"
patterns, _app, _namespace = api.urls
# ninja's own root view only raises a 404 naming the docs; ours lists them in JSON.
views = {"api-root": index}
urlpatterns = [
    URLPattern(
        pattern.pattern,
        guarded(views.get(pattern.name, pattern.callback)),
        pattern.default_args,
        pattern.name,
    )
    for pattern in patterns
] + [re_path(r"^(?P<path>.*)$", guarded(not_found))]
