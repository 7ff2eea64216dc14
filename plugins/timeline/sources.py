"""Say why an article file Pelican could not read has no timeline.

Pelican logs only "Could not process FILE" (the reason needs --debug); an
author should learn from the log what is wrong with the file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def unreadable_reason(path: str) -> str:
    """What is wrong with a source file, as far as the bytes tell."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return f"cannot be opened ({error.strerror})"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
    return "was skipped by Pelican (its message above says why; --debug shows more)"


def explain_unreadable(generator: Any) -> None:
    """Log, for every article file Pelican failed to process, why it has no timeline."""
    for rel_path, content in sorted(generator.context.get("generated_content", {}).items()):
        if content is None:
            reason = unreadable_reason(os.path.join(generator.path, rel_path))
            logger.warning("timeline: %s %s; it has no article and no timeline", rel_path, reason)
