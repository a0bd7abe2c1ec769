"""Benchmarks that print figures: quality on shared data beside published baselines, speed."""
