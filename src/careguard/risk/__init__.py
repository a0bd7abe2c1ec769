"""The crisis-risk engine: normalisation, rules, encoder, learned heads, scoring."""
