"""The version of Duiding, named by exports and the command line."""

__version__ = "0.1.0"
