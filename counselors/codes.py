"""Join codes: plain Python, no Django.

Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), shown as
"ABCD-EFGH". 30**8 is about 6.6e11 codes, so a code cannot be guessed by trying.
"""

import re
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
LENGTH = 8
_NOT_CODE = re.compile(r"[\s\-_.]+")


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalize(typed: str) -> str | None:
    """The stored form of a typed code ("abcd efgh", "ABCD-EFGH"), or None if it cannot be one."""
    code = _NOT_CODE.sub("", typed).upper()
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return None
    return code


def display(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"
