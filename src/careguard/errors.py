"""The exception tree.

    CareguardError
    ├── InputError          bad input from the caller (empty text, unknown field, unreadable file)
    ├── ConfigError         a configuration file or setting is wrong
    └── ModelError          a model file is missing or cannot be loaded
        └── ModelNotInstalledError

Every message says how to fix the problem. The CLI turns these into a clean message and
exit code 2; nothing in this tree should reach a person as a traceback.
"""

from __future__ import annotations


class CareguardError(Exception):
    """Base class of every error careguard raises on purpose."""


class InputError(CareguardError, ValueError):
    """The input cannot be assessed as given."""


class ConfigError(CareguardError):
    """A configuration file or setting is invalid."""


class ModelError(CareguardError):
    """A model could not be loaded or run."""


class ModelNotInstalledError(ModelError):
    """The sentence encoder has not been built yet."""
