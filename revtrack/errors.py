"""The one exception type a user's mistake raises: the CLI prints it as one line, exit 2."""


class RevtrackError(Exception):
    """A problem with the user's input or environment, explained in one line."""
