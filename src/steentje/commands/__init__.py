"""The work of each command group, one module each, between parsing and output.

``steentje.main`` parses the command line and calls one function here per
command; the launcher's fast path calls the same functions, so both behave
the same by construction.
"""
