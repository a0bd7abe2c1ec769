"""careguard: a safety layer for LLM-based mental-health support.

The public API::

    from careguard import assess, Engine
    assessment = assess("I can't do this anymore")
    assessment.level, assessment.cssrs, assessment.evidence
"""

from careguard.errors import (
    CareguardError,
    ConfigError,
    InputError,
    ModelError,
    ModelNotInstalledError,
)
from careguard.risk.engine import Engine, assess
from careguard.types import (
    Assessment,
    Category,
    EngineError,
    Evidence,
    Message,
    Reason,
    RiskLevel,
    Role,
)

__all__ = [
    "Assessment",
    "CareguardError",
    "Category",
    "ConfigError",
    "Engine",
    "EngineError",
    "Evidence",
    "InputError",
    "Message",
    "ModelError",
    "ModelNotInstalledError",
    "Reason",
    "RiskLevel",
    "Role",
    "assess",
]
