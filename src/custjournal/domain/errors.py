"""The one exception type that carries a sentence meant for the user."""


class UserError(Exception):
    """A problem the user can fix: the message says what is wrong and what to do.

    The command line prints it on stderr and exits 1; the app shows it next to the field or in a
    message box. Anything else that escapes is a bug and is logged with its traceback.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
