"""The PySide6 desktop client.

It talks to the care-planning core (:mod:`careplan`) only through the core's
services; it never opens SQL or ORM sessions of its own.
"""
