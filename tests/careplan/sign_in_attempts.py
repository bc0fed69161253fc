"""Run as a child process by test_sign_in_lockout: wrong passwords, all at once.

Waits for the go file so that every process starts guessing at the same moment,
then prints one JSON line: how many times the real password hash was checked.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import argon2

from careplan.services import AuthenticationError, Services, accounts
from careplan.storage import Database


def main(url: str, go: str, attempts: int) -> None:
    db = Database.open(url, migrate=False)
    services = Services(db.session_factory)
    real_checks = 0
    original = argon2.PasswordHasher.verify

    def counting(self: argon2.PasswordHasher, hash: str, password: str) -> bool:
        nonlocal real_checks
        if hash != accounts._dummy_hash():
            real_checks += 1
        return bool(original(self, hash, password))

    setattr(argon2.PasswordHasher, "verify", counting)  # noqa: B010
    accounts._dummy_hash()  # made before the start, like the rest of the set-up
    while not Path(go).exists():
        time.sleep(0.005)
    refusals = 0
    for i in range(attempts):
        try:
            services.accounts.sign_in("sam", f"wrong guess {i}")
        except AuthenticationError:
            refusals += 1
    db.close()
    print(json.dumps({"real_checks": real_checks, "refusals": refusals}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
