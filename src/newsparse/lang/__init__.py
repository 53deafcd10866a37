"""Language knowledge, kept as data apart from the code that uses it.

Each language is one module (``newsparse.lang.id`` for Indonesian). Code elsewhere imports the
names it needs from here, so adding a language means adding a module, not hunting through regexes.
"""
