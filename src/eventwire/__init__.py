"""eventwire: who did or said what, to whom, when, where, and according to whom, from news reports."""
__version__ = "0.1.0"
