"""``df.coder``: a thin pandas accessor over :func:`coder.api.code_frame`.

It checks the columns it needs when called and never mutates the frame.
"""

from __future__ import annotations

import pandas as pd

from coder.errors import InputError

ACCESSOR_NAME = "coder"


class CoderAccessor:
    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def code(self, text: str = "text", id: str | None = "id", published: str | None = "published",
             coder: object = None) -> pd.DataFrame:
        """Events of the frame's articles as a DataFrame in the events schema."""
        missing = [name for name in (text, id, published) if name is not None and name not in self._frame.columns]
        if missing:
            raise InputError(f"df.coder.code: missing column(s) {missing} (columns: {list(self._frame.columns)})")
        from coder.api import code_frame

        return code_frame(self._frame, text=text, id=id, published=published, coder=coder)  # type: ignore[arg-type]


def register() -> None:
    """Register ``df.coder`` (idempotent)."""
    if ACCESSOR_NAME not in getattr(pd.DataFrame, "_accessors", set()):
        pd.api.extensions.register_dataframe_accessor(ACCESSOR_NAME)(CoderAccessor)


def unregister() -> None:
    """Remove ``df.coder`` (tests remove what they register)."""
    if hasattr(pd.DataFrame, ACCESSOR_NAME):
        delattr(pd.DataFrame, ACCESSOR_NAME)
    getattr(pd.DataFrame, "_accessors", set()).discard(ACCESSOR_NAME)
