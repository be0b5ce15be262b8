"""steentje: a pebble in your shoe, a daily reflection coach for leaders in a terminal."""

__version__ = "0.1.0"
