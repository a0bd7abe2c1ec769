"""``python -m careguard.risk.rules``: rewrite the shipped gate table (see ``_gate_table``)."""

from careguard.risk.rules._gate_table import main

main()
