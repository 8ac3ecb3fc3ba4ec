"""JSON bodies, read strictly: a key sent twice is an error, not "the last one wins", and a
NUL character (which PostgreSQL cannot hold) is refused wherever it appears."""

import json

from django.http import HttpRequest
from ninja.parser import Parser


class BodyRejected(ValueError):
    """A body that is JSON but not acceptable; its message tells the caller why."""


class DuplicateKey(BodyRejected):
    def __init__(self, key: str) -> None:
        super().__init__(f'The key "{key}" appears more than once; send each key once.')


class NulCharacter(BodyRejected):
    def __init__(self) -> None:
        super().__init__("The body holds a NUL character (\\u0000), which is not allowed.")


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        if "\x00" in key or (isinstance(value, str) and "\x00" in value):
            raise NulCharacter
        result[key] = value
    return result


def _no_nul_in_lists(value: object) -> None:
    if isinstance(value, list):
        for element in value:
            if isinstance(element, str) and "\x00" in element:
                raise NulCharacter
            _no_nul_in_lists(element)
    elif isinstance(value, dict):
        for element in value.values():
            _no_nul_in_lists(element)


class StrictJSONParser(Parser):
    def parse_body(self, request: HttpRequest) -> dict:
        parsed = json.loads(request.body, object_pairs_hook=_unique_keys)
        if isinstance(parsed, str) and "\x00" in parsed:
            raise NulCharacter
        _no_nul_in_lists(parsed)
        return parsed
