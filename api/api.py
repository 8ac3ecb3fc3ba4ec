from ninja import NinjaAPI, Swagger

from api import careers, errors, quiz
from api.parser import StrictJSONParser
from api.ratelimit import RequestsPerMinute

DESCRIPTION = """\
The careerquiz interest quiz and career catalogue, for career centers' own sites and apps.
No key is needed; POSTs are limited per client. Career facts include O*NET data by
USDOL/ETA used under the CC BY 4.0 license: credit it wherever you show it."""

api = NinjaAPI(
    title="careerquiz API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    parser=StrictJSONParser(),
    throttle=[RequestsPerMinute()],
    # validatorUrl null: Swagger UI would otherwise fetch a badge from validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)
errors.install(api)
api.add_router("", quiz.router)
api.add_router("", careers.router)
