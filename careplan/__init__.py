"""The care-planning core: domain model, rules, storage and services.

This package never imports Qt; it is used from the desktop client, the
``careplan-admin`` command line, scripts and tests alike.
"""

__version__ = "0.1.0"
