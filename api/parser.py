"""JSON bodies, read strictly: a key sent twice is an error, not "the last one wins"."""

import json

from django.http import HttpRequest
from ninja.parser import Parser


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f'The key "{key}" appears more than once; send each key once.')


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


class StrictJSONParser(Parser):
    def parse_body(self, request: HttpRequest) -> dict:
        return json.loads(request.body, object_pairs_hook=_unique_keys)
