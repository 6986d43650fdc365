"""The command line's commands, one module each, with ``register(subparsers)`` and ``run(args)``."""
