"""Importers for the agencies' published files: one module per source format.

`onet` reads an O*NET database text release, `oews` a BLS OEWS national file, `projections`
a BLS Employment Projections occupation table. Each reads and checks the whole input before it
writes, then writes in one transaction with bulk queries, and returns an `ImportSummary`.
"""
